import StorylineCore
@testable import StorylineTUI

/// Hand-built libraries for the TUI tests: Korean and English articles, events, people and
/// relations of invented people, so the panes can be tested before extraction exists.
enum Fixtures {
    static let korean = Article(
        id: "ko1", path: "/tmp/ko1.txt", title: "김민지 대통령, 사토 하나 총리와 첫 정상 통화",
        outlet: "한빛일보", published: Published(day: Day(2025, 6, 10)!, minutes: 21 * 60 + 30, utcOffsetMinutes: 540),
        byline: "기자 박서준",
        blocks: [
            Block(kind: .paragraph, text: "김민지 대통령은 10일 저녁 사토 하나 일본 총리와 첫 정상 통화를 했다. 두 정상은 경제와 안보 협력을 강화하기로 했다.", offset: 100),
            Block(kind: .caption, text: "김민지 대통령이 집무실에서 통화하고 있다.", offset: 200),
            Block(kind: .paragraph, text: "대통령실은 다음 달 서울에서 정상회담을 열 계획이라고 밝혔다.", offset: 300),
        ])

    static let english = Article(
        id: "en1", path: "/tmp/en1.txt", title: "Moreau and Kim meet in Paris to sign a trade pact",
        outlet: "Example Times", published: Published(day: Day(2025, 9, 2)!),
        byline: "By Jane Roe",
        blocks: [
            Block(kind: .paragraph, text: "PARIS — French President Alex Moreau met President Kim Min-ji on Monday. The two leaders signed a trade pact after talks that lasted three hours.", offset: 50),
            Block(kind: .caption, text: "Alex Moreau greets Kim Min-ji at the Elysee.", offset: 220),
            Block(kind: .timelineEntry, text: "Sep 1, 2025 – Kim arrives in Paris for a state visit.", offset: 300, dateLabel: "Sep 1, 2025"),
        ] + (1...30).map { Block(kind: .paragraph, text: "Filler paragraph number \($0) keeps the article long enough to scroll.", offset: 400 + $0 * 80) }
            + [Block(kind: .paragraph, text: "Kim said she would host Moreau in Seoul next spring.", offset: 3000)])

    static let undated = Article(id: "zz", path: "/tmp/zz.txt", title: "Wire copy without a date", blocks: [
        Block(kind: .paragraph, text: "No date was given.", offset: 0)])

    static let articles = [korean, english, undated]

    static func ref(_ a: Article, block: Int, _ sentence: String) -> SourceRef {
        SourceRef(article: a.id, sentence: sentence, offset: a.blocks[block].offset, block: block)
    }

    static let callRef = ref(korean, block: 0, "김민지 대통령은 10일 저녁 사토 하나 일본 총리와 첫 정상 통화를 했다.")
    static let meetRef = ref(english, block: 0, "The two leaders signed a trade pact after talks that lasted three hours.")
    static let seoulRef = ref(english, block: 33, "Kim said she would host Moreau in Seoul next spring.")

    static let events = [
        Event(id: "e1", date: TimeSpan(day: Day(2025, 6, 10)!), expression: "10일 저녁", type: .phoneCall, status: .occurred,
              summary: "김민지 대통령, 사토 총리와 통화", participants: ["Kim Min-ji", "Hana Sato"], sources: [callRef]),
        Event(id: "e2", date: TimeSpan(day: Day(2025, 9, 1)!), expression: "Monday", type: .summit, status: .occurred,
              summary: "Moreau and Kim sign a trade pact", participants: ["Kim Min-ji", "Alex Moreau"],
              sources: [meetRef, ref(english, block: 2, "Kim arrives in Paris for a state visit.")]),
        Event(id: "e3", date: TimeSpan(start: Day(2026, 3, 1)!, end: Day(2026, 5, 31)!, granularity: .season), expression: "next spring",
              type: .visit, status: .planned, summary: "Moreau to visit Seoul", participants: ["Alex Moreau", "Kim Min-ji"], sources: [seoulRef]),
        Event(id: "e4", date: TimeSpan(day: Day(2025, 9, 3)!), expression: "Wednesday", type: .statement, status: .occurred,
              summary: "Sato comments on the pact", participants: ["Hana Sato"], sources: []),
        Event(id: "e5", date: nil, expression: "someday", type: .other, status: .planned, summary: "Undated plan", participants: []),
    ]

    static let people = [
        Person(name: "Jane Roe", roles: [Role(title: "reporter")], mentions: 1, articles: ["en1"]),
        Person(name: "Hana Sato", roles: [Role(title: "prime minister", country: "Japan")], leader: true, mentions: 3, articles: ["ko1"]),
        Person(name: "Kim Min-ji", roles: [Role(title: "president", country: "South Korea")], leader: true, mentions: 9, articles: ["ko1", "en1"]),
        Person(name: "Alex Moreau", roles: [Role(title: "president", country: "France")], leader: true, mentions: 4, articles: ["en1"]),
    ]

    static let relations = [
        Relation(people: ["Hana Sato", "Kim Min-ji"], interactions: [
            Interaction(type: .phoneCall, date: TimeSpan(day: Day(2025, 6, 10)!), event: "e1", sources: [callRef])]),
        Relation(people: ["Alex Moreau", "Kim Min-ji"], interactions: [
            Interaction(type: .summit, date: TimeSpan(day: Day(2025, 9, 1)!), event: "e2", sources: [meetRef]),
            Interaction(type: .visit, date: nil, event: nil, sources: [seoulRef])]),
    ]

    static let library = Library(articles: articles, events: events, people: people, relations: relations)
    static let articlesOnly = Library(articles: articles)

    /// A state at the given size, settled as the run loop would.
    static func state(_ lib: Library = library, width: Int = 80, height: Int = 24) -> AppState {
        var s = AppState(library: lib, size: Size(width: width, height: height))
        s.settle()
        return s
    }

    /// Applies keys in order, returning the state and every effect asked for.
    static func press(_ state: AppState, _ keys: Key...) -> (AppState, [Effect]) {
        var s = state
        var all: [Effect] = []
        for k in keys {
            let (n, e) = update(s, .key(k))
            s = n; all += e
        }
        return (s, all)
    }

    static func screen(_ s: AppState) -> ScreenBuffer { render(s, size: s.size) }
}
