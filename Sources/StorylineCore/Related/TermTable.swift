/// An open-addressing hash table from 64-bit term hashes to counts, several times faster
/// than `Dictionary` for the millions of look-ups TF-IDF needs (the keys are hashes already,
/// so one multiply spreads them). Key 0 marks an empty slot; a term hashing to 0 is stored as 1.
struct TermTable {
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private(set) var count = 0
    /// Slots in use, in insertion order, so a small table can be cleared cheaply.
    private(set) var used: [Int32] = []
    private var shift: UInt64

    /// A table sized for about `capacity` keys before it grows.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always) static func key(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    func slot(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let k = keys[i]
            if k == key || k == 0 { return i }
            i = (i + 1) & mask
        }
    }

    /// The value stored for `hash`, if any.
    @inline(__always)
    func value(_ hash: UInt64) -> Int32? {
        let k = TermTable.key(hash)
        let i = slot(k)
        return keys[i] == k ? values[i] : nil
    }

    /// The slot of `hash` if present.
    @inline(__always)
    func index(of hash: UInt64) -> Int? {
        let k = TermTable.key(hash)
        let i = slot(k)
        return keys[i] == k ? i : nil
    }

    /// Adds `delta` to the value of `hash` (inserting it at 0); true when it was new.
    @inline(__always) @discardableResult
    mutating func add(_ hash: UInt64, _ delta: Int32) -> Bool {
        let k = TermTable.key(hash)
        var i = slot(k)
        if keys[i] == k { values[i] &+= delta; return false }
        if (count + 1) * 4 > keys.count * 3 { grow(); i = slot(k) }
        keys[i] = k; values[i] = delta; count += 1; used.append(Int32(i))
        return true
    }

    /// Empties the table, touching only the used slots.
    mutating func clear() {
        for i in used { keys[Int(i)] = 0; values[Int(i)] = 0 }
        used.removeAll(keepingCapacity: true)
        count = 0
    }

    /// Every (hash, value) pair, in insertion order. Hashes that were 0 come back as 1.
    func pairs() -> [(UInt64, Int32)] { used.map { (keys[Int($0)], values[Int($0)]) } }

    private mutating func grow() {
        let old = pairs()
        self = TermTable(capacity: keys.count)
        for (k, v) in old { add(k, v) }
    }
}
