/// Renders people and their relations as a Graphviz DOT graph: leaders drawn as bold filled
/// boxes, former leaders dashed, others plain; one edge per pair labelled with counts by type.
public enum LeaderGraph {
    /// The DOT text of an undirected graph.
    public static func render(people: [Person], relations: [Relation], name: String = "leaders") -> String {
        var out = "graph \(quote(name)) {\n"
        out += "  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n"
        out += "  node [shape=ellipse, fontname=\"Helvetica\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=10];\n"
        let known = Set(people.map(\.name))
        var drawn = Set<String>()
        for p in people.sorted(by: { ($0.leader ? 0 : 1, $0.name) < ($1.leader ? 0 : 1, $1.name) }) where drawn.insert(p.name).inserted {
            out += "  \(quote(p.name)) [\(attributes(p))];\n"
        }
        for r in relations where r.people.count == 2 {
            for end in r.people where !known.contains(end) && drawn.insert(end).inserted {
                out += "  \(quote(end)) [label=\(quote(end))];\n"
            }
        }
        for r in relations.sorted(by: { $0.people.lexicographicallyPrecedes($1.people) }) where r.people.count == 2 {
            let count = r.interactions.count
            var width = 1.0
            var n = count
            while n > 1 { width += 0.75; n /= 2 }
            out += "  \(quote(r.people[0])) -- \(quote(r.people[1])) [label=\(quote(label(r))), penwidth=\(width)];\n"
        }
        out += "}\n"
        return out
    }

    /// "phone call ×2, summit" — interaction counts by type, most frequent first.
    public static func label(_ r: Relation) -> String {
        var counts: [InteractionType: Int] = [:]
        for i in r.interactions { counts[i.type, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.map { type, n in
            let noun = type == .phoneCall ? "phone call" : type.rawValue
            return n == 1 ? noun : "\(noun) ×\(n)"
        }.joined(separator: ", ")
    }

    /// Node attributes: label with the first role, leader styling.
    static func attributes(_ p: Person) -> String {
        var label = p.name
        if let role = p.roles.first {
            label += "\n" + role.title + (role.country.map { " (\($0))" } ?? "")
        }
        var attrs = ["label=\(quote(label))"]
        if p.leader {
            attrs += ["shape=box", "style=\"filled,bold\"", "fillcolor=\"#ffe8a3\"", "penwidth=2"]
        } else if p.former {
            attrs += ["style=dashed"]
        }
        return attrs.joined(separator: ", ")
    }

    /// A DOT double-quoted id: backslashes and quotes escaped, line breaks as `\n`.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default: if u.value >= 0x20 && u.value != 0x7F { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
