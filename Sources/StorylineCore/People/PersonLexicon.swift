/// Small general word tables the person recognizer reads: titles, nationality adjectives,
/// country and capital names, name particles, verbs of saying, and words that mark a
/// capitalized phrase as a place or organization. All keys are lower case.
public enum PersonLexicon {
    /// A title the recognizer knows: its display form and whether it marks a head of state
    /// or government.
    public struct Title: Hashable, Sendable {
        public var display: String
        public var leader: Bool
    }

    /// Titles by their lower-case word sequence; the longest match wins.
    public static let titles: [[String]: Title] = {
        var t: [[String]: Title] = [:]
        func add(_ phrase: String, _ display: String, leader: Bool = false) {
            t[phrase.split(separator: " ").map(String.init)] = Title(display: display, leader: leader)
        }
        for (p, d) in [("president", "President"), ("prime minister", "Prime Minister"), ("pm", "Prime Minister"),
                       ("premier", "Premier"), ("chancellor", "Chancellor"), ("king", "King"), ("queen", "Queen"),
                       ("emperor", "Emperor"), ("empress", "Empress"), ("supreme leader", "Supreme Leader"),
                       ("emir", "Emir"), ("sultan", "Sultan"), ("leader", "Leader"), ("taoiseach", "Taoiseach"),
                       ("grand duke", "Grand Duke"), ("head of state", "Head of State"),
                       ("head of government", "Head of Government"),
                       // The pope is the Vatican's head of state; Vatican style calls him "the Holy Father".
                       ("pope", "Pope"), ("holy father", "Pope")] {
            add(p, d, leader: true)
        }
        for (p, d) in [("vice president", "Vice President"), ("president-elect", "President-elect"),
                       ("deputy prime minister", "Deputy Prime Minister"), ("vice premier", "Vice Premier"), ("vice-premier", "Vice Premier"), ("vice-president", "Vice President"),
                       ("datuk", "Datuk"), ("dato", "Dato"), ("tan sri", "Tan Sri"), ("tun", "Tun"),
                       ("datuk seri", "Datuk Seri"), ("dato seri", "Dato Seri"), ("dato sri", "Dato Sri"), ("datuk sri", "Datuk Sri"),
                       ("foreign minister", "Foreign Minister"), ("defense minister", "Defense Minister"),
                       ("defence minister", "Defence Minister"), ("finance minister", "Finance Minister"),
                       ("trade minister", "Trade Minister"), ("unification minister", "Unification Minister"),
                       ("interior minister", "Interior Minister"), ("minister", "Minister"),
                       ("chief cabinet secretary", "Chief Cabinet Secretary"),
                       ("secretary of state", "Secretary of State"), ("secretary-general", "Secretary-General"),
                       ("secretary general", "Secretary-General"), ("secretary", "Secretary"),
                       ("undersecretary", "Undersecretary"), ("under secretary", "Under Secretary"), ("press officer", "Press Officer"),
                       ("ambassador", "Ambassador"), ("amb", "Ambassador"), ("envoy", "Envoy"), ("consul", "Consul"),
                       ("consul general", "Consul General"), ("consul-general", "Consul General"), ("special envoy", "Special Envoy"),
                       ("national security adviser", "National Security Adviser"),
                       // Indian and South Asian papers write offices as initials before the name:
                       // "EAM S Jaishankar", "NSA Ajit Doval", "FM Ishaq Dar", "CM Siddaramaiah".
                       ("eam", "External Affairs Minister"), ("external affairs minister", "External Affairs Minister"),
                       ("nsa", "National Security Adviser"), ("fm", "Foreign Minister"),
                       ("cm", "Chief Minister"), ("chief minister", "Chief Minister"),
                       // Kenyan papers write a Cabinet Secretary as "CS" before the name: "Energy CS Opiyo Wandayi".
                       ("cs", "Cabinet Secretary"),
                       ("security adviser", "Security Adviser"), ("adviser", "Adviser"), ("advisor", "Adviser"), ("aide", "Aide"),
                       ("spokesperson", "Spokesperson"), ("spokesman", "Spokesman"), ("spokeswoman", "Spokeswoman"),
                       // Swiss ministers sit on the Federal Council: "Federal Councillor Ignazio Cassis".
                       ("councillor", "Councillor"), ("councilor", "Councilor"), ("federal councillor", "Federal Councillor"),
                       // American city and state offices: "Councilmember Ann O'Brien", "Assemblywoman Jane Roe".
                       ("councilmember", "Councilmember"), ("council member", "Council Member"), ("councilwoman", "Councilwoman"),
                       ("councilman", "Councilman"), ("alderman", "Alderman"), ("alderwoman", "Alderwoman"),
                       ("assemblyman", "Assemblyman"), ("assemblywoman", "Assemblywoman"), ("assemblymember", "Assemblymember"),
                       ("congressman", "Congressman"), ("congresswoman", "Congresswoman"),
                       ("governor", "Governor"), ("akim", "Akim"), ("mayor", "Mayor"), ("senator", "Senator"), ("sen", "Senator"),
                       ("rep", "Representative"), ("representative", "Representative"), ("lawmaker", "Lawmaker"), ("legislator", "Legislator"),
                       // European Parliament releases: "Rapporteur Siegfried Mureşan (EPP, RO)", "MEP Sven Mikser".
                       ("rapporteur", "Rapporteur"), ("shadow rapporteur", "Shadow Rapporteur"), ("mep", "MEP"),
                       ("speaker", "Speaker"), ("chairman", "Chairman"), ("chairwoman", "Chairwoman"),
                       ("chair", "Chair"), ("chairperson", "Chairperson"), ("ceo", "CEO"), ("general", "General"), ("gen", "General"),
                       ("gov", "Governor"), ("prof", "Professor"), ("professor", "Professor"), ("admiral", "Admiral"), ("chief justice", "Chief Justice"), ("justice", "Justice"),
                       ("prince", "Prince"), ("princess", "Princess"), ("crown prince", "Crown Prince"),
                       // "the Saudi de facto ruler": a second reference to whoever rules, crown prince or head of state.
                       ("de facto ruler", "De Facto Ruler"),
                       ("first lady", "First Lady"), ("archbishop", "Archbishop"), ("sheikh", "Sheikh"), ("duke", "Duke"),
                       ("duchess", "Duchess"), ("lord", "Lord"), ("lady", "Lady"), ("sir", "Sir"), ("dame", "Dame"),
                       ("opposition leader", "Opposition Leader"), ("party leader", "Party Leader"), ("co-leader", "Co-Leader"),
                       // "the leader of the opposition, Kemi Badenoch,": the office written out in full.
                       ("leader of the opposition", "Opposition Leader"),
                       ("tánaiste", "Tánaiste"), ("tanaiste", "Tánaiste"), ("general secretary", "General Secretary"),
                       ("director-general", "Director-General"), ("director general", "Director-General"),
                       ("commissioner", "Commissioner"), ("director", "Director"), ("judge", "Judge"),
                       ("foreign policy chief", "Foreign Policy Chief"), ("high representative", "High Representative"),
                       // Military ranks: "Capt. Ibrahim Traoré", "Col. Mamady Doumbouya", "Lt. Gen. …".
                       ("capt", "Captain"), ("captain", "Captain"), ("col", "Colonel"), ("colonel", "Colonel"),
                       ("lt", "Lieutenant"), ("lieutenant", "Lieutenant"), ("maj", "Major"), ("brig", "Brigadier"),
                       ("brigadier", "Brigadier"), ("lieutenant general", "Lieutenant General"),
                       ("major general", "Major General"), ("brigadier general", "Brigadier General"),
                       ("junta chief", "Junta Chief"), ("junta leader", "Junta Leader"), ("mr.", "Mr."), ("mrs.", "Mrs."),
                       ("mr", "Mr."), ("mrs", "Mrs."), ("ms", "Ms."), ("dr", "Dr.")] {
            add(p, d)
        }
        return t
    }()

    /// Korean titles, written after the name ("이재명 대통령은"), with display form and leader flag.
    public static let koreanTitles: [(word: String, title: Title)] = [
        ("국무총리", Title(display: "Prime Minister", leader: true)), ("대통령", Title(display: "President", leader: true)),
        ("총리", Title(display: "Prime Minister", leader: true)), ("주석", Title(display: "President", leader: true)),
        ("총통", Title(display: "President", leader: true)), ("국왕", Title(display: "King", leader: true)),
        ("당선인", Title(display: "President-elect", leader: false)), ("장관", Title(display: "Minister", leader: false)),
        ("대사", Title(display: "Ambassador", leader: false)), ("의원", Title(display: "Lawmaker", leader: false)),
        ("대변인", Title(display: "Spokesperson", leader: false)), ("위원장", Title(display: "Chairman", leader: false)),
        ("대표", Title(display: "Party Leader", leader: false)), ("실장", Title(display: "Chief", leader: false)),
    ]

    /// Korean country names as they precede a title ("일본 총리").
    public static let koreanCountries: [String: String] = [
        "한국": "South Korea", "북한": "North Korea", "미국": "United States", "중국": "China", "일본": "Japan",
        "러시아": "Russia", "독일": "Germany", "프랑스": "France", "영국": "United Kingdom", "인도": "India",
        "대만": "Taiwan", "우크라이나": "Ukraine",
    ]

    /// The longest title phrase length, in words.
    public static let longestTitle = titles.keys.map(\.count).max() ?? 1

    /// Words that, placed before a title, make it a past office ("former President").
    public static let formerMarkers: Set<String> = Set(["former", "then", "ex", "late", "past", "previous", "erstwhile"])

    /// Words that may sit between a country and a title without changing it ("Japan's new prime minister").
    public static let titleModifiers: Set<String> = Set(["new", "incoming", "outgoing", "acting", "interim", "current",
                                                     "sitting", "incumbent", "top", "then", "former", "ex", "late",
                                                     // "the libertarian leader", "Argentina's populist president"
                                                     "libertarian", "conservative", "liberal", "socialist", "leftist",
                                                     "populist", "nationalist", "centrist", "veteran", "embattled",
                                                     "right-wing", "left-wing", "far-right", "far-left", "hardline",
                                                     "reformist",
                                                     // "Myanmar's military leader"
                                                     "military",
                                                     // "the visiting leader": the guest of the story
                                                     "visiting",
                                                     // "Federal Chancellor Merz", "the Federal President": a federal
                                                     // state's style of its own offices, no organization's title
                                                     "federal"])

    /// Nationality adjectives and country names (one or two words) to the country they name.
    public static let countries: [String: String] = {
        var c: [String: String] = [:]
        let table: [(String, [String])] = [
            ("South Korea", ["south korea", "south korean", "s. korea", "s. korean", "korea", "korean", "rok"]),
            ("North Korea", ["north korea", "north korean", "n. korea", "n. korean", "dprk"]),
            ("China", ["china", "chinese", "prc"]), ("Japan", ["japan", "japanese"]),
            ("United States", ["united states", "u.s.", "u.s", "us", "usa", "american", "america"]),
            ("Russia", ["russia", "russian"]), ("Germany", ["germany", "german"]), ("France", ["france", "french"]),
            ("United Kingdom", ["united kingdom", "uk", "u.k.", "britain", "british"]),
            ("India", ["india", "indian"]), ("Taiwan", ["taiwan", "taiwanese"]), ("Italy", ["italy", "italian"]),
            ("Spain", ["spain", "spanish"]), ("Canada", ["canada", "canadian"]), ("Mexico", ["mexico", "mexican"]),
            ("Brazil", ["brazil", "brazilian"]), ("Australia", ["australia", "australian"]),
            ("Ukraine", ["ukraine", "ukrainian"]), ("Israel", ["israel", "israeli"]), ("Iran", ["iran", "iranian"]),
            ("Turkey", ["turkey", "turkish", "türkiye"]), ("Vietnam", ["vietnam", "viet nam", "vietnamese"]),
            ("Indonesia", ["indonesia", "indonesian"]), ("Philippines", ["philippines", "philippine", "filipino"]),
            ("Thailand", ["thailand", "thai"]), ("Pakistan", ["pakistan", "pakistani"]),
            ("Bangladesh", ["bangladesh", "bangladeshi"]), ("Egypt", ["egypt", "egyptian"]),
            ("Saudi Arabia", ["saudi arabia", "saudi"]), ("Poland", ["poland", "polish"]),
            ("Netherlands", ["netherlands", "dutch"]), ("Sweden", ["sweden", "swedish"]),
            ("Norway", ["norway", "norwegian"]), ("Finland", ["finland", "finnish"]), ("Denmark", ["denmark", "danish"]),
            ("Greece", ["greece", "greek"]), ("Hungary", ["hungary", "hungarian"]), ("Austria", ["austria", "austrian"]),
            ("Belgium", ["belgium", "belgian"]), ("Switzerland", ["switzerland", "swiss"]),
            ("Ireland", ["ireland", "irish"]), ("Portugal", ["portugal", "portuguese"]),
            ("Argentina", ["argentina", "argentine", "argentinian"]), ("Chile", ["chile", "chilean"]),
            ("Mongolia", ["mongolia", "mongolian"]), ("Singapore", ["singapore", "singaporean"]),
            ("Malaysia", ["malaysia", "malaysian"]), ("New Zealand", ["new zealand"]),
            ("South Africa", ["south africa", "south african"]), ("Nigeria", ["nigeria", "nigerian"]),
            ("Côte d'Ivoire", ["côte d'ivoire", "cote d'ivoire", "ivory coast", "ivorian"]),
            ("Kenya", ["kenya", "kenyan"]), ("Syria", ["syria", "syrian"]), ("Iraq", ["iraq", "iraqi"]),
            ("Qatar", ["qatar", "qatari"]), ("Cuba", ["cuba", "cuban"]), ("Venezuela", ["venezuela", "venezuelan"]),
            ("Colombia", ["colombia", "colombian"]), ("Peru", ["peru", "peruvian"]),
            ("Belarus", ["belarus", "belarusian"]), ("Kazakhstan", ["kazakhstan", "kazakh"]),
            ("Afghanistan", ["afghanistan", "afghan"]), ("Palestine", ["palestine", "palestinian"]),
            ("Lebanon", ["lebanon", "lebanese"]), ("Jordan", ["jordanian"]), ("Czech Republic", ["czech"]),
            ("Romania", ["romania", "romanian"]), ("Serbia", ["serbia", "serbian"]),
            ("Ghana", ["ghana", "ghanaian"]), ("Ethiopia", ["ethiopia", "ethiopian"]), ("Morocco", ["morocco", "moroccan"]),
            ("Algeria", ["algeria", "algerian"]), ("Tunisia", ["tunisia", "tunisian"]), ("Senegal", ["senegal", "senegalese"]),
            ("Tanzania", ["tanzania", "tanzanian"]), ("Uganda", ["uganda", "ugandan"]), ("Rwanda", ["rwanda", "rwandan"]),
            ("Zimbabwe", ["zimbabwe", "zimbabwean"]), ("Angola", ["angola", "angolan"]), ("Sudan", ["sudan", "sudanese"]),
            ("Libya", ["libya", "libyan"]), ("United Arab Emirates", ["united arab emirates", "uae", "emirati"]),
            ("Kuwait", ["kuwait", "kuwaiti"]), ("Oman", ["oman", "omani"]), ("Bahrain", ["bahrain", "bahraini"]),
            ("Yemen", ["yemen", "yemeni"]), ("Sri Lanka", ["sri lanka", "sri lankan"]), ("Nepal", ["nepal", "nepali", "nepalese"]),
            ("Myanmar", ["myanmar", "burmese"]), ("Cambodia", ["cambodia", "cambodian"]), ("Laos", ["laos", "lao", "laotian"]),
            ("Uzbekistan", ["uzbekistan", "uzbek"]), ("Armenia", ["armenia", "armenian"]),
            ("Azerbaijan", ["azerbaijan", "azerbaijani"]), ("Moldova", ["moldova", "moldovan"]),
            ("Lithuania", ["lithuania", "lithuanian"]), ("Latvia", ["latvia", "latvian"]), ("Estonia", ["estonia", "estonian"]),
            ("Slovakia", ["slovakia", "slovak"]), ("Slovenia", ["slovenia", "slovenian"]), ("Croatia", ["croatia", "croatian"]),
            ("Bulgaria", ["bulgaria", "bulgarian"]), ("Ecuador", ["ecuador", "ecuadorian"]), ("Bolivia", ["bolivia", "bolivian"]),
            ("Uruguay", ["uruguay", "uruguayan"]), ("Paraguay", ["paraguay", "paraguayan"]),
            ("Guatemala", ["guatemala", "guatemalan"]), ("Panama", ["panama", "panamanian"]),
            ("Burundi", ["burundi", "burundian"]), ("Somalia", ["somalia", "somali"]), ("Timor-Leste", ["timor-leste", "timorese"]),
            ("DR Congo", ["congolese"]), ("Mali", ["malian"]), ("Chad", ["chadian"]), ("Niger", ["nigerien"]),
            ("Cameroon", ["cameroon", "cameroonian"]), ("Ivory Coast", ["ivorian"]), ("Zambia", ["zambia", "zambian"]),
            ("Malawi", ["malawi", "malawian"]), ("Mozambique", ["mozambique", "mozambican"]), ("Namibia", ["namibia", "namibian"]),
            ("Botswana", ["botswana"]), ("Eritrea", ["eritrea", "eritrean"]), ("Djibouti", ["djibouti", "djiboutian"]),
            ("South Sudan", ["south sudan", "south sudanese"]), ("Gabon", ["gabon", "gabonese"]),
            ("Equatorial Guinea", ["equatorial guinea", "equatoguinean"]), ("Burkina Faso", ["burkinabe", "burkina faso", "burkinabè"]),
            ("Honduras", ["honduras", "honduran"]), ("El Salvador", ["salvadoran"]), ("Nicaragua", ["nicaragua", "nicaraguan"]),
            ("Haiti", ["haiti", "haitian"]), ("Jamaica", ["jamaica", "jamaican"]), ("Dominican Republic", ["dominican"]),
            ("Costa Rica", ["costa rican"]), ("Brunei", ["brunei"]), ("Maldives", ["maldives", "maldivian"]),
            ("Fiji", ["fiji", "fijian"]), ("Kyrgyzstan", ["kyrgyzstan", "kyrgyz"]), ("Tajikistan", ["tajikistan", "tajik"]),
            ("Turkmenistan", ["turkmenistan", "turkmen"]), ("Iceland", ["iceland", "icelandic"]), ("Cyprus", ["cyprus", "cypriot"]),
            ("Malta", ["malta", "maltese"]), ("Luxembourg", ["luxembourg"]), ("Albania", ["albania", "albanian"]),
            ("Kosovo", ["kosovo"]), ("Bosnia", ["bosnia", "bosnian"]), ("North Macedonia", ["north macedonia", "macedonian"]),
            ("Montenegro", ["montenegro", "montenegrin"]), ("Georgia", ["georgian"]), ("Liberia", ["liberia", "liberian"]),
            ("Sierra Leone", ["sierra leone", "sierra leonean"]), ("Togo", ["togo", "togolese"]), ("Benin", ["benin", "beninese"]),
            ("Madagascar", ["madagascar", "malagasy"]), ("Mauritania", ["mauritania", "mauritanian"]),
            ("Mauritius", ["mauritius", "mauritian"]), ("Bhutan", ["bhutan", "bhutanese"]), ("Samoa", ["samoa", "samoan"]),
            ("Tonga", ["tonga", "tongan"]), ("Vanuatu", ["vanuatu"]), ("Solomon Islands", ["solomon islands"]),
            ("Barbados", ["barbados", "barbadian"]), ("Guyana", ["guyana", "guyanese"]), ("Bahamas", ["bahamas", "bahamian"]),
            ("Belize", ["belize", "belizean"]), ("Suriname", ["suriname", "surinamese"]), ("Grenada", ["grenada", "grenadian"]),
            ("Trinidad and Tobago", ["trinidad", "tobago", "trinidadian"]), ("Antigua and Barbuda", ["antigua", "barbuda"]),
            ("Saint Lucia", ["saint lucia", "st lucia"]), ("Papua New Guinea", ["papua"]),
            ("Palau", ["palau", "palauan"]), ("Marshall Islands", ["marshallese"]), ("Tuvalu", ["tuvalu", "tuvaluan"]),
            ("Nauru", ["nauru", "nauruan"]), ("Kiribati", ["kiribati"]), ("Cook Islands", ["cook islands"]),
            ("Niue", ["niue", "niuean"]), ("Micronesia", ["micronesia", "micronesian"]),
        ]
        for (country, words) in table { for w in words { c[w] = country } }
        return c
    }()

    /// Countries whose name is also a given name or a word ("Jordan", "Georgia", "Chad"): a country
    /// only in the possessive before a title ("Jordan's King Abdullah II").
    /// ("Guinea" and "Congo" are left out: "Papua New Guinea's", "Republic of Congo's" would be misread.)
    public static let possessiveCountries: [String: String] = ["jordan": "Jordan", "georgia": "Georgia", "chad": "Chad",
                                                               "mali": "Mali", "niger": "Niger", "dominica": "Dominica"]

    /// Capitals and seats of government standing for their country ("Tokyo's prime minister").
    public static let capitals: [String: String] = [
        "seoul": "South Korea", "pyongyang": "North Korea", "beijing": "China", "tokyo": "Japan",
        "washington": "United States", "moscow": "Russia", "berlin": "Germany", "paris": "France",
        "london": "United Kingdom", "new delhi": "India", "delhi": "India", "taipei": "Taiwan", "rome": "Italy",
        "madrid": "Spain", "ottawa": "Canada", "kyiv": "Ukraine", "kiev": "Ukraine", "tehran": "Iran",
        "ankara": "Turkey", "hanoi": "Vietnam", "jakarta": "Indonesia", "manila": "Philippines",
        "canberra": "Australia", "brasilia": "Brazil", "cairo": "Egypt", "riyadh": "Saudi Arabia",
        "warsaw": "Poland", "ulaanbaatar": "Mongolia", "dhaka": "Bangladesh", "islamabad": "Pakistan",
    ]

    /// Two-word places and institutions whose words alone look like names.
    public static let places: Set<String> = Set(["new york", "los angeles", "san francisco", "hong kong", "new delhi",
                                                "kuala lumpur", "buenos aires", "tel aviv", "abu dhabi", "cape town",
                                                "mexico city", "wall street", "capitol hill", "silicon valley",
                                                "white house", "blue house", "oval office", "downing street",
                                                "sri lanka", "costa rica", "el salvador", "puerto rico", "las vegas",
                                                "san diego", "sao paulo", "são paulo", "rio de", "de janeiro"])

    /// Lower-case particles that may sit inside a name ("Ursula von der Leyen", "Lula da Silva").
    public static let particles: Set<String> = Set(["de", "da", "do", "dos", "das", "di", "du", "del", "della", "van",
                                                "von", "der", "den", "ter", "bin", "bint", "ibn", "al", "el", "le",
                                                "la", "y", "abu", "ben"])

    /// Verbs of saying, in the forms news uses for a speaker ("said", "tells").
    public static let sayingVerbs: Set<String> = Set(["said", "says", "say", "told", "tells", "tell", "added", "adds",
                                                  "noted", "notes", "stated", "states", "stressed", "stresses",
                                                  "emphasized", "emphasizes", "emphasised", "emphasises", "warned",
                                                  "warns", "argued", "argues", "explained", "explains", "wrote",
                                                  "writes", "insisted", "insists", "replied", "replies", "asked",
                                                  "asks", "announced", "announces", "claimed", "claims", "declared",
                                                  "declares", "remarked", "remarks", "commented", "comments",
                                                  "highlighted", "highlights", "pledged", "pledges", "vowed", "vows",
                                                  "urged", "urges", "confirmed", "confirms", "acknowledged",
                                                  "acknowledges", "recalled", "recalls", "predicted", "predicts"])

    /// Verbs that, right after a capitalized phrase, mark it as a speaker ("Jane Roe said").
    public static let speakerVerbs: Set<String> = Set(["said", "says", "told", "tells", "added", "adds", "wrote",
                                                      "writes", "asked", "asks", "noted", "notes", "stressed",
                                                      "warned", "explained", "argued", "insisted", "replied"])

    /// Prepositions after which a capitalized two- or three-word phrase is likely a person
    /// ("supporters of Jane Doe", "under John Roe"); place prepositions (at, in, to) are absent.
    public static let personPrepositions: Set<String> = Set(["of", "under", "with", "by", "about", "against", "between",
                                                        "for", "like", "whom", "alongside", "than",
                                                        "counterpart", "counterparts", "sister", "brother", "wife",
                                                        "husband", "son", "daughter", "father", "mother", "negotiator",
                                                        "aide", "deputy", "successor", "predecessor", "rival"])

    /// Words that mark a capitalized phrase as a place, organization, event or thing.
    public static let nonPersonWords: Set<String> = Set([
        // "His Highness Sheikh …", "Her Majesty Queen …": forms of address before a title.
        "highness", "majesty", "excellency", "eminence", "holiness",
        "party", "assembly", "office", "house", "ministry", "council", "committee", "commission", "agency", "university", "directorate",
        "college", "school", "bank", "temple", "shrine", "church", "prefecture", "province", "state", "states",
        "street", "company", "corporation", "corp", "inc", "ltd", "group", "association", "union", "court",
        "senate", "congress", "parliament", "cabinet", "government", "administration", "daily", "news", "times",
        "post", "herald", "journal", "press", "peninsula", "sea", "ocean", "island", "islands", "mountain",
        "mount", "river", "lake", "war", "summit", "cooperation", "economic", "forum", "alliance", "organization",
        "organisation", "nations", "united", "republic", "kingdom", "empire", "federation", "airport", "station",
        "hall", "palace", "tower", "center", "centre", "museum", "hospital", "institute", "foundation", "fund",
        "army", "navy", "force", "forces", "police", "command", "department", "bureau", "service", "embassy", "intelligence",
        "consulate", "square", "bridge", "new", "san", "los", "las", "saint", "fort", "cape", "road", "avenue", "democratic", "republican", "liberal",
        "conservative", "labour", "labor", "people's", "power", "peace", "security", "affairs", "foreign",
        "defense", "defence", "trade", "finance", "national", "international", "global", "world", "asia",
        "pacific", "europe", "european", "africa", "african", "america", "americas", "northeast", "southeast",
        "northwest", "southwest", "east", "west", "north", "south", "middle", "central", "city", "county",
        "district", "region", "valley", "gate", "day", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for",
        "and", "but", "or", "of", "to", "by", "with", "from", "as", "after", "before", "during", "while", "when",
        "it", "its", "he", "she", "his", "her", "they", "their", "we", "our", "i", "you", "your", "there", "here",
        "what", "who", "why", "how", "all", "both", "each", "some", "many", "most", "more", "no", "not",
        "if", "then", "still", "yet", "also", "notably", "however", "meanwhile", "analysts", "officials", "experts",
        "sources", "wisma", "reuters", "yonhap", "ap", "afp", "xinhua", "kyodo", "bbc", "cnn", "ai", "photo",
        "internet", "olympics", "olympic", "games", "cup", "festival", "expo", "conference", "treaty", "accord",
        "agreement", "act", "law", "bill", "plan", "strategy", "initiative", "program", "programme", "project",
        "policy", "doctrine", "report", "review", "index", "market", "exchange", "stock", "airlines", "air",
        "motors", "motor", "electronics", "media", "wing", "co", "llc", "plc", "gmbh", "ag", "nv", "holdings", "partners", "capital", "group's", "mine", "plant", "port", "harbor", "harbour", "base", "zone", "line",
        "wall", "building", "complex", "hotel", "stadium", "arena", "club", "team", "fc", "league", "council's",
        "diplomacy", "relations", "ties", "talks", "crisis", "deal", "standards", "board", "staff", "contents",
        "feeds", "headlines", "top", "updated", "posted", "published", "sources", "timeline", "stories",
        "articles", "related", "popular", "ranking", "access", "audio", "video", "comments", "login", "sign",
        "subscribe", "share", "print", "email", "copyright", "rights", "reserved", "more", "read", "breaking",
        "live", "opinion", "editorial", "column", "analysis", "feature", "interview", "business", "politics",
        "sports", "culture", "science", "technology", "health", "education", "environment", "weather",
        "capital", "metropolitan", "special", "autonomous", "federal", "royal", "imperial", "supreme",
        "presidential", "prime", "minister", "ministerial", "diplomatic", "strategic", "pragmatic",
        // South Asian buildings, houses and streets: "Rashtrapati Bhavan", "Lok Sabha", "Raj Niwas", "Rajpath Marg".
        "bhavan", "bhawan", "sabha", "niwas", "nivas", "sadan", "marg", "chowk", "mandir", "masjid", "gurdwara",
    ])

    /// Abbreviations after which a period does not end a sentence.
    public static let abbreviations: Set<String> = Set(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col",
                                                    "gov", "sen", "rep", "prof", "no", "vs", "inc", "corp", "co",
                                                    "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                                    "sept", "oct", "nov", "dec", "mt", "capt", "sgt", "adm", "rev", "maj", "brig",
                                                    "fr", "messrs", "approx", "est", "dept", "univ", "amb"])

    /// Given names written short with a period ("Ma. Theresa", "Md. Yunus", "Mohd. Anwar", "Wm."):
    /// lower-case ASCII bytes, compared by the tokenizer, which keeps their period.
    static let abbreviatedGivenNames: [[UInt8]] = ["ma", "md", "mohd", "muhd", "wm", "chas", "thos", "jas"]
        .map { Array($0.utf8) }

    /// Common given names from many languages: a capitalized word after one of these is a name.
    public static let givenNames: Set<String> = Set([
        "eduardo", "sebastien", "sébastien", "sérgio", "marcelo", "francisco", "pablo", "roberto", "marina", "fernanda",
        "ana", "luisa", "camila", "geraldo", "alexandre", "tarcísio", "flávio", "flavio", "gilberto", "marcos", "paulo",
        "renan", "ciro", "simone", "rui", "nuno", "gonçalo", "afonso", "tiago", "vitor", "vítor", "hugo", "raul", "raúl",
        "olivier", "edouard", "édouard", "ségolène", "éric",
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "penny", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter",
        "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl",
        "arthur", "lawrence", "dylan", "jesse", "bryan", "billy", "joe", "bruce", "gabriel", "logan",
        "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene",
        "russell", "bobby", "mason", "philip", "louis", "mary", "patricia", "jennifer", "linda", "elizabeth",
        "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra",
        "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah",
        "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna",
        "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel",
        "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce",
        "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea",
        "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison", "frances",
        "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris",
        "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte",
        "marie", "kayla", "alexis", "lori", "kamala", "hillary", "barack", "joe", "mike", "jim", "bill", "tom",
        "tony", "boris", "rishi", "keir", "liz", "theresa", "angela", "olaf", "friedrich", "emmanuel", "nicolas",
        "francois", "françois", "jacques", "marine", "giorgia", "mario", "matteo", "pedro", "luiz", "javier",
        "jair", "andres", "andrés", "claudia", "gustavo", "josé", "joão", "joao", "santiago", "rodrigo",
        "diego", "gonzalo", "sergio", "rafael", "alberto", "felipe", "luís", "gabriela", "lucía", "beatriz", "vladimir", "sergei", "sergey", "dmitry", "dmitri",
        "alexei", "alexey", "mikhail", "ivan", "nikolai", "yuri", "viktor", "volodymyr", "olena", "andrzej",
        "narendra", "rahul", "sonia", "imran", "shehbaz", "recep", "ali", "mohammed", "muhammad", "mohammad",
        "ahmed", "ahmad", "hassan", "hussein", "abdullah", "benjamin", "yair", "naftali", "ursula", "charles",
        "fumio", "yoshihide", "shinzo", "junichiro", "hans",
        "karl", "klaus", "wolfgang", "helmut", "gerhard", "jens", "mark", "antonio", "antónio", "jean-claude",
        "jean-luc", "jean-marie", "pierre", "marco", "luca", "giuseppe", "carlos", "luis", "miguel", "manuel",
        "fernando", "ricardo", "jorge", "alejandro", "sebastian", "sebastián", "emmanuelle", "anne", "sophie",
        "chloe",
        // Short forms an American or British paper prints as the name: "House Speaker Steve Montenegro".
        "steve", "chris", "ted", "chuck", "katie", "kate", "jon", "greg", "doug", "dave", "bob", "matt", "jeff", "rick", "ron",
        "phil", "andy", "tim", "ken", "fred", "dan", "nick", "ben", "sam",
    ])

    /// Common Chinese family names in pinyin: before a pinyin given name ("Cai Qi", "Zhao Leji") they make a name.
    public static let chineseFamilyNames: Set<String> = Set([
        "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao",
        "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu", "dong", "xiao",
        "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei",
        "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan",
        "liao", "zou", "xiong", "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao",
        "meng", "wan", "duan", "lei", "qian", "yin", "qiao", "lai", "gong", "wen", "zhai", "ji", "yi", "xi", "mu",
    ])

    /// Common Korean family names as English-language news romanizes them.
    public static let koreanFamilyNames: Set<String> = Set([
        "kim", "lee", "rhee", "park", "pak", "choi", "choe", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "chang",
        "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "chun", "ko", "moon",
        "yang", "son", "bae", "baek", "heo", "nam", "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "woo", "min",
        "ryu", "jin", "ban", "yeo", "chae", "won", "byun", "yoon", "ri", "pyon", "choo", "koo", "goh", "um", "uhm",
    ])

    /// True for one romanized Korean syllable written as a capitalized word ("Jong", "Un", "Suk", "Yeol", "Jae"):
    /// an initial consonant, a vowel and an optional final, five letters at most. "Kim Jong Un" and "Yoon Suk Yeol" are
    /// written so; English words rarely parse ("Base", "Alpha", "House").
    public static func isKoreanSyllable(_ word: String) -> Bool {
        let u = Array(word.lowercased().utf8)
        guard (1...5).contains(u.count), u.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        for initial in koreanInitials where u.count >= initial.count && u[0..<initial.count].elementsEqual(initial) {
            let j = initial.count
            for vowel in koreanVowels where u.count - j >= vowel.count && u[j..<(j + vowel.count)].elementsEqual(vowel) {
                let rest = u[(j + vowel.count)...]
                if koreanFinals.contains(where: { rest.elementsEqual($0) }) { return true }
            }
        }
        return false
    }

    private static let koreanInitials: [[UInt8]] = ["kk", "tt", "pp", "ss", "jj", "ch", "sh", "g", "k", "n", "d", "t", "r", "l",
                                                    "m", "b", "p", "s", "j", "h", "w", ""].map { Array($0.utf8) }
    private static let koreanVowels: [[UInt8]] = ["yeo", "yae", "wae", "eo", "ae", "ya", "ye", "wa", "oe", "yo", "wo", "we",
                                                  "wi", "yu", "eu", "ui", "oo", "ee", "a", "e", "o", "u", "i"].map { Array($0.utf8) }
    private static let koreanFinals: [[UInt8]] = ["ng", "k", "n", "l", "m", "p", "t", "g", ""].map { Array($0.utf8) }

    /// True for a capitalized given name written as one to three pinyin syllables without tone
    /// marks ("Qi", "Leji", "Jinping", "Lifeng"); English words rarely parse ("Island", "Valley").
    public static func isPinyinGivenName(_ word: String) -> Bool {
        let u = Array(word.lowercased().utf8)
        guard (1...12).contains(u.count), u.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        func syllables(from i: Int, left: Int) -> Bool {
            if i == u.count { return true }
            guard left > 0 else { return false }
            for initial in pinyinInitials where u.count - i >= initial.count && u[i..<(i + initial.count)].elementsEqual(initial) {
                let j = i + initial.count
                for final in pinyinFinals where u.count - j >= final.count && u[j..<(j + final.count)].elementsEqual(final) {
                    if syllables(from: j + final.count, left: left - 1) { return true }
                }
            }
            return false
        }
        return syllables(from: 0, left: 3)
    }

    private static let pinyinInitials: [[UInt8]] = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
                                                    "j", "q", "x", "r", "z", "c", "s", "y", "w", ""].map { Array($0.utf8) }
    private static let pinyinFinals: [[UInt8]] = ["iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian",
                                                  "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu",
                                                  "in", "ua", "uo", "ui", "un", "ue", "a", "o", "e", "i", "u"].map { Array($0.utf8) }
}
