/// The small, general word tables the temporal tagger reads: month and weekday names,
/// number words, context words. Nothing here is specific to any article.
enum TimeVocabulary {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    /// Forms of "invite": what someone is invited to lies ahead of the invitation.
    static let invitations: Set<String> = ["invite", "invites", "invited", "inviting", "invitation", "invitations"]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]
    /// Seasons by their first month (northern meteorological seasons).
    static let seasons: [String: Int] = ["spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12]

    enum Unit { case day, week, month, year }
    static let units: [String: Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year,
    ]

    /// Words after which a bare month name or a bare year is a date ("in November", "since 2019").
    static let dateContext: Set<String> = [
        "in", "since", "by", "until", "till", "from", "through", "throughout", "during", "before", "after",
        "of", "for", "around", "early", "late", "mid", "last", "next", "this", "on", "between", "circa", "year",
        "starting", "beginning", "ending",
    ]

    /// Determiners, after which an "-ed" word modifies a noun rather than telling the past.
    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that"]

    /// Words before "the 14th" that make it a day of the month.
    static let dayOfMonthLead: Set<String> = ["on", "from", "until", "till", "by", "since", "before", "after", "through"]

    /// Words that may follow "on the 14th" (a noun there makes it an ordinal: "on the 5th floor").
    static let afterDayOfMonth: Set<String> = [
        "and", "to", "through", "until", "till", "at", "in", "about", "with", "when", "after", "before", "for",
        "that", "but", "as", "during", "on", "amid", "over", "from", "or", "while", "where", "ahead", "under",
        "following", "of", "morning", "afternoon", "evening", "night",
        // "closed on the 14th a meeting of leaders": Spanish wire order puts the object after the date.
        "a", "an", "the",
    ]

    /// Count nouns that make a 4-digit number a quantity, not a year ("1942 people").
    static let countNouns: Set<String> = [
        "people", "persons", "person", "troops", "soldiers", "workers", "students", "employees", "residents",
        "victims", "deaths", "dead", "cases", "votes", "seats", "units", "tons", "tonnes", "barrels", "meters",
        "metres", "kilometers", "kilometres", "km", "miles", "feet", "won", "yen", "dollars", "euros", "yuan",
        "rupees", "pounds", "points", "times", "members", "families", "households", "homes", "houses", "cars",
        "vehicles", "jobs", "companies", "firms", "items", "copies", "pages", "words", "rounds", "shares",
        "acres", "hectares", "kg", "kilograms", "hours", "minutes", "seconds", "days", "weeks", "months",
        "years", "participants", "delegates", "officials", "children", "women", "men", "patients", "refugees",
        "migrants", "visitors", "tourists", "passengers", "flights", "ships", "missiles", "rockets", "guns",
        "percent", "per", "cent", "million", "billion", "thousand", "trillion", "of", "to", "or", "and",
    ]

    /// Cues that the clause speaks of the future.
    static let futureCues: Set<String> = [
        "will", "shall", "scheduled", "slated", "plans", "plan", "planning", "planned", "upcoming", "expected",
        "intends", "intend", "forthcoming", "faces", "facing", "set", "due", "ll", "tomorrow", "aims", "aim", "going", "may", "might",
        "would",
        // News present for a trip ahead: "Rossi heads to Lisbon on Saturday", "arrives in Tokyo on Thursday".
        "heads", "arrives", "departs", "travels", "flies", "leaves",
        // "The signing is now pencilled in for November"
        "pencilled", "penciled",
        // "the meeting was likely to take place on Monday": a likelihood ahead, before "to".
        "likely",
    ]

    /// Trip verbs in the news present, which speak of the future in a report and of the past in a chronology's line.
    static let tripPresent: Set<String> = ["heads", "arrives", "departs", "travels", "flies", "leaves"]

    /// Cues that the clause speaks of the past, besides regular "-ed" verbs.
    /// Verbs after which "to" + verb states something still ahead ("agreed to meet in July").
    static let commitments: Set<String> = [
        "agree", "agreed", "agrees", "agreeing", "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise",
        "promised", "promises", "promising", "vowing", "pledging", "decide", "decided", "decides", "hope", "hopes", "hoped", "want", "wants", "wanted",
        "seek", "seeks", "sought", "invite", "invited", "invites", "prepare", "prepared", "prepares", "intend", "intended",
        // "looked forward to meeting in June"
        "forward",
        // "confirmed his intention to visit Astana in the spring"
        "intention", "intentions",
    ]

    /// Verbs of saying whose date is the report's, not the reported event's ("the ministry said on Friday").
    static let sayings: Set<String> = ["said", "says", "told", "tells", "announced", "added", "stated", "reported", "confirmed"]

    /// Forms of "be" that make a following participle a finite verb ("was hosted by").
    static let beForms: Set<String> = ["was", "were", "is", "are", "been", "be", "being"]

    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "ago", "last", "earlier", "previous", "previously", "former",
        "held", "met", "spoke", "told", "came", "took", "went", "made", "gave", "began", "saw", "won", "lost",
        "became", "left", "sent", "brought", "led", "felt", "kept", "ran", "wrote", "paid", "yesterday",
        "since",
        // Irregular past forms a quote or a report tells with: "We got the final draft on Friday night".
        "got", "found", "heard", "knew", "stood", "struck", "sold", "bought", "built", "fell", "rose", "drew", "grew",
        "flew", "chose", "spent", "caught", "fought", "broke", "understood", "meant", "dealt",
    ]

    /// "-ed" words that point to the future or are not verbs.
    static let notPastEd: Set<String> = [
        "scheduled", "planned", "expected", "slated", "proposed", "intended", "anticipated", "pencilled", "penciled", "red", "bed",
        "need", "needed", "speed", "seed", "feed", "united", "limited", "based", "related", "interested",
        "concerned", "advanced", "detailed", "armed", "alleged", "so-called", "supposed", "hundred",
    ]

    /// Words that end the local clause for tense cues ("said Tuesday that he will").
    static let clauseBreaks: Set<String> = [
        "that", "but", "while", "whereas", "although", "though", "because", "which", "who", "when", ";", "after",
        "before", "until", "unless",
        "\u{2014}", "\u{201C}", "\"",
    ]
}
