/// The predicate words that type an event (after CAMEO-style coding) and the small word
/// tables the event extractor reads. General English news vocabulary only.
enum EventCues {
    /// Single-word cues and the type each points to.
    static let words: [String: EventType] = {
        var m: [String: EventType] = [:]
        func add(_ t: EventType, _ ws: [String]) { for w in ws { m[w] = t } }
        add(.phoneCall, ["phone", "telephone", "call", "calls", "phoned", "telephoned", "videoconference", "teleconference",
                             "conversation", "conversations"])
        add(.summit, ["summit", "summits", "retreat"])
        add(.meeting, ["met", "meet", "meets", "meeting", "meetings", "talks", "host", "hosts", "hosted", "hosting",
                       "reception", "encounter", "dinner", "luncheon", "session", "conference", "attend", "attends",
                       "attended", "attending", "forum", "shook", "shake", "shakes", "shaking", "handshake", "gathering",
                       "breakfast", "lunch", "convene", "convenes", "convened", "dialogue", "consultations"])
        add(.visit, ["visit", "visits", "visited", "visiting", "trip", "trips", "tour", "toured", "arrive", "arrives",
                     "arrived", "arriving", "arrival", "departure", "depart", "departs", "departed", "travel", "traveling", "travelling", "traveled", "travelled",
                     "travels", "flew", "fly", "flies", "flying",
                     "landed", "lands", "spent", "spend", "spends", "spending"])
        add(.statement, ["said", "says", "say", "told", "tells", "tell", "stated", "states", "remarks", "remarked",
                         "urged", "urges", "urge", "stressed", "stresses", "emphasized", "emphasizes", "emphasised",
                         "emphasises", "noted", "notes", "pledged", "pledges", "vowed", "vows", "warned", "warns",
                         "highlighted", "highlights", "described", "describes", "argued", "argues", "added", "insisted",
                         "claimed", "interview", "speech", "statement", "addressed", "address", "addresses", "reported", "dismissed", "rejected", "denied", "reaffirmed", "reaffirms",
                         "expressed", "expresses", "criticized", "criticised", "praised", "welcomed", "condemned", "hailed", "hails", "slammed", "slams", "defended", "defends",
                         "outlined", "outlines", "speaking", "spoke", "spoken", "speaks", "describe", "stress", "highlight", "note",
                         "pledge", "vow", "warn", "emphasize", "emphasise", "reaffirm", "express", "criticize", "praise",
                         "welcome", "condemn", "outline", "interviewed", "commented", "comments", "recalls", "recalled", "recall", "accused", "accuses"])
        add(.election, ["election", "elections", "vote", "votes", "voted", "voting", "polls", "ballot", "referendum", "elected", "reelected", "runoff", "runoffs"])
        add(.agreement, ["agreed", "agree", "agrees", "signed", "sign", "signs", "agreement", "agreements", "deal", "accept", "accepts", "accepted",
                         "accord", "treaty", "pact", "memorandum", "signing"])
        add(.announcement, ["announced", "announces", "announce", "announcement", "confirmed", "confirms", "confirm",
                            "unveiled", "unveils", "declared", "declares"])
        add(.pressConference, ["briefing", "briefed", "presser"])
        return m
    }()

    /// Units of a stay: "spent two days in Washington", "spends a week in Beijing".
    static let stayUnits: Set<String> = ["day", "days", "night", "nights", "week", "weeks", "hours", "morning", "afternoon",
                                         "evening", "weekend"]

    /// Nouns for the setting of a side meeting: "on the sidelines of the summit", "on the margins of".
    static let sideSettings: Set<String> = ["sidelines", "sideline", "margins", "margin", "fringes", "fringe"]

    /// Ties between equally near cues go to the more specific type.
    static let priority: [EventType] = [.pressConference, .phoneCall, .summit, .election, .agreement, .visit,
                                        .meeting, .announcement, .statement, .other]

    /// Words before an encounter word that put it in doubt: a question or a condition ("whether he would meet",
    /// "if they meet"), or staying away ("skipped the summit", "boycotted the talks").
    static let doubts: Set<String> = ["whether", "if", "skipped", "skips", "skip", "boycotted", "boycotts", "boycott",
                                      "missed", "misses", "shunned"]

    /// Verbs of a figure's rise or fall ("trade fell by a third last year"): with a quantity and
    /// neither a person nor a cue in the clause, they tell a statistic, not an event.
    static let trendVerbs: Set<String> = [
        "rose", "risen", "rises", "rising", "fell", "fallen", "falls", "falling", "grew", "grown", "grows",
        "declined", "declines", "increased", "decreased", "dropped", "dipped", "climbed", "jumped", "surged",
        "soared", "plunged", "plummeted", "slumped", "slid", "shrank", "shrunk", "contracted", "tumbled",
        "doubled", "tripled", "halved", "slipped", "edged",
    ]

    /// Words that make a number a head count ("3.5 lakh tourists", "two million pilgrims").
    static let crowdCounts: Set<String> = ["thousand", "thousands", "million", "millions", "lakh", "lakhs", "crore", "crores"]

    /// Number words that may open a head count.
    static let smallCounts: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"]

    /// Words that give a trend its size when no digit does ("by about a third", "to a record").
    static let magnitudes: Set<String> = [
        "percent", "per", "half", "third", "thirds", "quarter", "quarters", "fifth", "tenth", "billion",
        "million", "trillion", "record", "fold", "points",
    ]

    /// Matches, tournaments and shows, which a city hosts or a minister attends without meeting anyone.
    static let spectacles: Set<String> = [
        "opener", "match", "matches", "game", "games", "final", "finals", "semifinal", "semifinals", "tournament",
        "championship", "championships", "cup", "olympics", "paralympics", "race", "marathon", "concert", "festival",
        "exhibition", "expo", "fair", "show", "parade", "fixture", "derby", "prix", "league",
    ]

    /// Words that refer back to people named earlier in the sentence.
    static let anaphora: Set<String> = ["they", "he", "she", "both", "leaders", "them", "their", "his", "her"]

    /// Words that may follow a place name after "in"/"at" ("in Seoul on Tuesday").
    static let afterPlace: Set<String> = [
        "on", "in", "at", "for", "with", "to", "and", "as", "where", "after", "before", "during", "from", "of",
        "while", "when", "that", "last", "this", "earlier", "later", "next", "since", "amid", "by", "which", "who",
        "the", "a", "an", "is", "was", "were", "are", "will", "has", "had", "have", "said", "says", "told",
    ]

    /// Lower-case function words left out of wording similarity.
    static let stopwords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "his", "her", "their", "its", "was", "were", "are", "has",
        "have", "had", "will", "would", "said", "says", "also", "into", "over", "about", "after", "before", "which",
        "who", "while", "when", "than", "then", "they", "them", "she", "him", "not", "but", "both", "two", "our",
        "amid", "between", "such", "more", "most", "other", "been", "being", "there", "where", "what", "some",
    ]
}
