//! The word lists the rules consult, built once per process. Keys are
//! lowercase with ASCII apostrophes; see `data/SOURCE.md` for where the
//! shipped lists come from.

use crate::fxhash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// What a place name is, strongest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PlaceKind {
    Country,
    Region,
    #[default]
    City,
}

/// The gender a first name suggests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum NameGender {
    Male,
    Female,
    #[default]
    Either,
}

/// What the lexicons know of one key, as bits: every word list answers
/// from one table, so one probe tells all (see [`Lexicon::classes`]).
pub(crate) mod class {
    /// A frequent English word.
    pub const COMMON: u32 = 1;
    /// Days, months, "I": never a name on their own.
    pub const NOT_NAME: u32 = 1 << 1;
    /// A sport ("soccer", "cricket").
    pub const SPORTS_WORD: u32 = 1 << 2;
    /// A person title ("minister", "mp").
    pub const TITLE: u32 = 1 << 3;
    /// An honorific ("mr.", "dr"); its gender below.
    pub const HONORIFIC: u32 = 1 << 4;
    pub const HONORIFIC_MALE: u32 = 1 << 5;
    pub const HONORIFIC_FEMALE: u32 = 1 << 6;
    pub const ORG_HEAD: u32 = 1 << 7;
    pub const MISC_HEAD: u32 = 1 << 8;
    pub const ORG_START: u32 = 1 << 9;
    pub const LOC_HEAD: u32 = 1 << 10;
    pub const LOC_START: u32 = 1 << 11;
    pub const REPORTING: u32 = 1 << 12;
    pub const PARTY: u32 = 1 << 13;
    pub const KNOWN_ORG: u32 = 1 << 14;
    pub const KNOWN_LOC: u32 = 1 << 15;
    pub const ORG_NOUN: u32 = 1 << 16;
    pub const NATIONALITY: u32 = 1 << 17;
    pub const COUNTRY: u32 = 1 << 18;
    pub const REGION: u32 = 1 << 19;
    pub const CITY: u32 = 1 << 20;
    pub const MALE_NAME: u32 = 1 << 21;
    pub const FEMALE_NAME: u32 = 1 << 22;
    /// A feast, pilgrimage or holiday ("Hajj", "Ramadan").
    pub const KNOWN_MISC: u32 = 1 << 23;
    /// Any place kind.
    pub const PLACE: u32 = COUNTRY | REGION | CITY;
    /// Any first name.
    pub const FIRST_NAME: u32 = MALE_NAME | FEMALE_NAME;
}

pub(crate) struct Lexicon {
    classes: byline_text::WordTable,
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// Lowercase with `’` folded to `'`, into a reused buffer.
pub(crate) fn key_into(buf: &mut String, text: &str) {
    buf.clear();
    append_key(buf, text);
}

/// Appends the key of `text` to `buf`.
pub(crate) fn append_key(buf: &mut String, text: &str) {
    if text.is_ascii() {
        let start = buf.len();
        buf.push_str(text);
        buf[start..].make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        match c {
            '’' | '‘' => buf.push('\''),
            '\u{a0}' => buf.push(' '),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
}

/// An owned lookup key.
pub(crate) fn key(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    key_into(&mut s, text);
    s
}

/// "montréal" → "montreal": GeoNames writes places with their accents, news often without.
pub(crate) fn fold_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        })
        .collect()
}

fn words(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split_whitespace()
}

fn lines(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty())
}

impl Lexicon {
    fn load() -> Lexicon {
        use class::*;
        let mut classes: HashMap<String, u32> = HashMap::default();
        let mut add = |k: String, bits: u32| *classes.entry(k).or_default() |= bits;
        for n in lines(include_str!("../data/names-male.txt")) {
            add(key(n), MALE_NAME);
        }
        for n in lines(include_str!("../data/names-female.txt")) {
            add(key(n), FEMALE_NAME);
        }
        let mut add_place = |n: &str, kind: u32| {
            let k = key(n);
            let folded = fold_accents(&k);
            if folded != k {
                add(folded, kind);
            }
            add(k, kind);
        };
        for n in lines(include_str!("../data/cities.txt")) {
            add_place(n, CITY);
        }
        for n in lines(include_str!("../data/regions.txt")).chain(lines(EXTRA_REGIONS)) {
            add_place(n, REGION);
        }
        for n in lines(include_str!("../data/countries.txt")).chain(lines(EXTRA_COUNTRIES)) {
            add_place(n, COUNTRY);
        }
        for n in lines(include_str!("../data/nationalities.txt")).chain(words(EXTRA_NATIONALITIES)) {
            add(key(n), NATIONALITY);
        }
        for &(w, g) in HONORIFICS {
            let gender = match g {
                Some(NameGender::Male) => HONORIFIC_MALE,
                Some(NameGender::Female) => HONORIFIC_FEMALE,
                _ => 0,
            };
            add(w.to_string(), HONORIFIC | gender);
        }
        let lists: [(&str, u32, bool); 15] = [
            (COMMON_WORDS, COMMON, false),
            (PERSON_TITLES, TITLE, false),
            (ORG_HEADS, ORG_HEAD, false),
            (MISC_HEADS, MISC_HEAD, false),
            (ORG_STARTS, ORG_START, false),
            (LOC_HEADS, LOC_HEAD, false),
            (LOC_STARTS, LOC_START, false),
            (REPORTING_VERBS, REPORTING, false),
            (PARTIES, PARTY, false),
            (KNOWN_ORGS, KNOWN_ORG, true),
            (KNOWN_LOCS, KNOWN_LOC, true),
            (KNOWN_MISCS, KNOWN_MISC, true),
            (NOT_NAMES, NOT_NAME, false),
            (SPORTS, SPORTS_WORD, false),
            (ORG_NOUNS, ORG_NOUN, false),
        ];
        for (list, bit, by_line) in lists {
            let items: Box<dyn Iterator<Item = &str>> =
                if by_line { Box::new(lines(list)) } else { Box::new(words(list)) };
            for w in items {
                add(w.to_string(), bit);
            }
        }
        // Sorted, so the table is the same in every process.
        let mut entries: Vec<(String, u32)> = classes.into_iter().collect();
        entries.sort_unstable();
        Lexicon { classes: byline_text::WordTable::build(entries.into_iter()) }
    }

    /// Every class bit of `key` (0 for a word no list has).
    pub fn classes(&self, key: &str) -> u32 {
        self.classes.get(key.as_bytes()).unwrap_or(0)
    }

    /// Whether `key` has any of the class bits `bits`.
    pub fn is(&self, key: &str, bits: u32) -> bool {
        self.classes(key) & bits != 0
    }

    pub fn place(&self, key: &str) -> Option<PlaceKind> {
        place_of(self.classes(key))
    }

    pub fn first_name(&self, key: &str) -> Option<NameGender> {
        first_name_of(self.classes(key))
    }
}

/// The strongest place kind among class bits.
pub(crate) fn place_of(bits: u32) -> Option<PlaceKind> {
    if bits & class::COUNTRY != 0 {
        Some(PlaceKind::Country)
    } else if bits & class::REGION != 0 {
        Some(PlaceKind::Region)
    } else if bits & class::CITY != 0 {
        Some(PlaceKind::City)
    } else {
        None
    }
}

/// The first-name gender among class bits.
pub(crate) fn first_name_of(bits: u32) -> Option<NameGender> {
    match (bits & class::MALE_NAME != 0, bits & class::FEMALE_NAME != 0) {
        (true, true) => Some(NameGender::Either),
        (true, false) => Some(NameGender::Male),
        (false, true) => Some(NameGender::Female),
        (false, false) => None,
    }
}

/// The honorific among class bits, with the gender it gives.
pub(crate) fn honorific_of(bits: u32) -> Option<Option<NameGender>> {
    if bits & class::HONORIFIC == 0 {
        None
    } else if bits & class::HONORIFIC_MALE != 0 {
        Some(Some(NameGender::Male))
    } else if bits & class::HONORIFIC_FEMALE != 0 {
        Some(Some(NameGender::Female))
    } else {
        Some(None)
    }
}

/// Honorifics (with or without their full stop) and the gender they imply.
const HONORIFICS: &[(&str, Option<NameGender>)] = &[
    ("mr", Some(NameGender::Male)),
    ("mr.", Some(NameGender::Male)),
    ("mrs", Some(NameGender::Female)),
    ("mrs.", Some(NameGender::Female)),
    ("ms", Some(NameGender::Female)),
    ("ms.", Some(NameGender::Female)),
    ("miss", Some(NameGender::Female)),
    ("sir", Some(NameGender::Male)),
    ("dame", Some(NameGender::Female)),
    ("lord", Some(NameGender::Male)),
    ("lady", Some(NameGender::Female)),
    ("dr", None),
    ("dr.", None),
    ("prof", None),
    ("prof.", None),
    ("mx", None),
    ("mx.", None),
    ("hon.", None),
    ("hon", None),
    ("honourable", None),
    ("honorable", None),
    ("rev.", None),
];

/// Words that introduce a person when they stand right before a name
/// ("Prime Minister Justin Trudeau", "Sen. Kim Pate", "Liberal MP Kent Hehr").
const PERSON_TITLES: &str = "
president vice-president prime minister premier mayor mp mps mpp mla mna mep senator sen sen. rep rep. representative
congressman congresswoman congressmen governor gov gov. lieutenant lt lt. leader chancellor chairman chairwoman chair
chief ceo cfo coo director secretary ambassador councillor councilor alderman deputy commissioner inspector constable
sheriff
const. cpl cpl. sgt sgt. sergeant officer detective det. judge justice magistrate attorney prosecutor lawyer pope
king queen prince princess emperor empress sheikh ayatollah cardinal bishop archbishop rabbi imam reverend rev father
pastor general gen gen. colonel col col. captain capt capt. major maj maj. admiral adm adm. commander cmdr corporal
private marshal coach manager striker midfielder defender goalkeeper skipper pitcher quarterback spokesman
spokeswoman spokesperson professor prof. dr dr. doctor speaker treasurer trustee superintendent supt supt. chef
founder co-founder owner publisher editor columnist correspondent anchor host critic ministers mr mr. mrs
mrs. ms ms. miss sir dame lord lady hon hon. honourable honorable majority minority whip executive
";

/// Last words of organisation names.
const ORG_HEADS: &str = "
party office bureau news press commons senate parliament university college school academy institute institution
inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc ag sa nv gmbh group holdings industries
bank banks association associations council committee commission agency ministry department dept board authority
union federation league club society foundation fund trust church assembly court tribunal police army navy force
forces guard service services network networks times post journal herald tribune gazette globe star sun daily
magazine review airlines airways airline motors systems technologies technology communications telecom energy
petroleum oil gas mining resources partners capital securities investments exchange markets insurance pharmaceuticals
laboratories labs records studios pictures television radio tv broadcasting broadcast channel media center
clinic museum library orchestra band team united rovers wanderers athletic athletics city county town
hotspur albion rangers celtic dynamo sporting olympique internazionale juventus giants yankees dodgers mets cubs
braves cardinals red sox lakers bulls celtics eagles lions tigers bears secretariat caucus cabinet conference
organisation organization alliance coalition movement front brigade brigades congress diet duma knesset
legislature administration government nations chamber weekly desk newsroom cooperative coop consortium enterprises brands foods stores motor auto
electric electronics chemical chemicals steel software solutions railway railways rail transit
spa s.p.a. bv b.v. ab asa oyj bhd tbk pty limited incorporated llp
program programme project initiative gallery galleries corps
";

/// Last words of names of events, works, awards and programmes.
const MISC_HEADS: &str = "
show awards award cup games championship championships open festival prize day war act summit
olympics series fair trophy tour prix marathon classic derby bowl
";

/// First words of organisation names ("University of Toronto").
const ORG_STARTS: &str = "
university bank ministry department office bureau council committee commission institute academy house court chamber
board school college federation association union league party church national royal federal central
instituto istituto institut universidad universita università universität université universite
";

/// Last words of place names.
const LOC_HEADS: &str = "
street st st. avenue ave ave. road rd rd. boulevard blvd highway lane drive square place river rivers lake lakes
mountain mountains mount mt mt. hill hills valley island islands isle bay gulf sea ocean coast peninsula desert
strait canal falls park province county state territory territories region district city town village airport
station bridge building tower centre center plaza harbour harbor beach forest canyon creek heights springs
arena stadium mosque cathedral temple towers palace castle base memorial monument cemetery hotel hospital motel
hall cave caves
";

/// First words of place names ("Mount Everest", "Lake Ontario").
const LOC_STARTS: &str = "mount mt mt. lake lakes cape fort port saint st st. san santa isle gulf bay masjid";

/// Verbs that tell a subject is a speaker (a person, most often).
const REPORTING_VERBS: &str = "
said says told added explained wrote argued insisted noted stated asked replied recalled warned acknowledged admitted
announced confirmed declared denied suggested claimed continued conceded tweeted testified commented remarked urged
thinks believes knows wants hopes feels described
";

/// Parties and their adjectives; capitalised they name an organisation.
const PARTIES: &str = "
liberal liberals conservative conservatives ndp democrat democrats republican republicans labour tory tories
bloc greens
";

/// Well-known organisations and acronyms of general news knowledge.
const KNOWN_ORGS: &str = "
reuters
associated press
ap
afp
cnn
bbc
cbc
nbc
abc
cbs
ctv
pbs
npr
nato
un
eu
imf
opec
fifa
uefa
nba
nfl
nhl
mlb
fbi
cia
nasa
who
wto
rcmp
pmo
ndp
twitter
facebook
instagram
youtube
google
microsoft
apple
amazon
senate
parliament
congress
pentagon
kremlin
interpol
unesco
unicef
u.n.
e.u.
united nations
state department
european union
security council
federal reserve
world bank
red cross
red crescent
";

/// Religious feasts, pilgrimages and public holidays: calendar facts of
/// general knowledge. Capitalised, they name an event, never a place or body.
const KNOWN_MISCS: &str = "
hajj
umrah
ramadan
eid
eid al-fitr
eid al-adha
christmas
easter
lent
advent
pentecost
passover
hanukkah
yom kippur
rosh hashanah
purim
diwali
holi
vesak
thanksgiving
halloween
kwanzaa
";

/// Places that are names of places but no list above has.
const KNOWN_LOCS: &str = "
u.s.
us
u.k.
uk
b.c.
u.s.a.
usa
d.c.
l.a.
europe
asia
africa
north america
south america
latin america
middle east
mideast
far east
midwest
southeast asia
south east asia
central asia
east asia
central america
eastern europe
western europe
antarctica
arctic
atlantic
pacific
caribbean
balkans
scandinavia
washington
hollywood
wall street
silicon valley
parliament hill
the hill
white house
";

/// Regions commonly named in short form.
const EXTRA_REGIONS: &str = "
Newfoundland
Labrador
PEI
P.E.I.
Yukon
Nunavut
Quebec
";

const EXTRA_COUNTRIES: &str = "
Britain
Great Britain
England
Scotland
Wales
Northern Ireland
Russia
Iran
Syria
South Korea
North Korea
Taiwan
Vietnam
Palestine
Kosovo
Czech Republic
Yugoslavia
Czechoslovakia
Soviet Union
USSR
Zaire
Burma
Kazakstan
Byelorussia
Holland
";

const EXTRA_NATIONALITIES: &str = "
americans canadians britons brits europeans africans asians australians russians chinese japanese french english
germans italians spaniards israelis palestinians iranians iraqis afghans pakistanis indians mexicans brazilians
muslim muslims christian christians jewish jews catholic catholics protestant protestants hindu hindus sikh sikhs
buddhist arab arabs european african asian latino latina western eastern northern southern islamic
olympic olympics soviet moslem moslems serb serbs croat croats briton britons kurd kurds slav slavs tamil tamils
hutu hutus tutsi tutsis pashtun sunni sunnis shi'ite shi'ites shia shiite shiites
kurdish chechen chechens basque basques
";

/// Capitalised words that are not names on their own (days, months,
/// pronouns, frequent sentence openers).
const NOT_NAMES: &str = "
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
nov nov. dec dec. i i'm i've i'll i'd
vip gmt utc html http https url usb gps gdp dna hiv aids dvd faq diy ipo pdf lgbt lgbtq
";

/// Lowercase nouns that, right before or after a name, say it names an
/// organisation ("Interfax news agency", "firm Multico", "Hizbollah guerrillas").
const ORG_NOUNS: &str = "
newspaper newspapers daily weekly magazine tabloid agency firm company group bank carrier airline brewer maker retailer insurer
club side team party guerrillas rebels militia militants faction consortium conglomerate broadcaster network
publisher distributor manufacturer automaker chipmaker producer refiner operator unit subsidiary
school schools charity union giant concern miner chain
";

/// Words that open sports headlines in wire copy.
const SPORTS: &str = "
soccer football cricket tennis golf baseball basketball rugby hockey cycling athletics boxing racing motor
motorcycling skiing swimming squash badminton sailing rowing nfl nba nhl nascar f1 formula olympics sumo snooker
judo wrestling volleyball handball
";

/// Frequent English words. A capitalised one at the start of a sentence or
/// in a headline is that word, not a name.
const COMMON_WORDS: &str = "
a an the this that these those it its it's he she they we you i me him her them us his hers their theirs our ours
your my mine who whom whose which what where when why how whoever whatever whichever there here then now today
yesterday tomorrow tonight and or but nor so yet for if unless because since while although though whether after
before until till as once whenever wherever in on at by from to of with without within into onto upon
over under above below about around across along among amid against between beyond behind beside besides despite
during except inside outside through throughout toward towards via per plus than like near off out up down
all any both each either every few many more most much neither no none not nothing one other others several some
such another anyone anything everyone everything someone something nobody somebody everybody two three four five
six seven eight nine ten eleven twelve twenty hundred thousand million billion first second third last next final
new old also still just even only already always never often sometimes usually again almost perhaps maybe
however meanwhile moreover furthermore therefore thus hence instead otherwise indeed yes well very too quite
rather really according asked said says told added earlier later recently currently previously eventually finally
initially overall together elsewhere nearby ahead back away home can could may might must shall should
will would do does did done doing be is are was were been being have has had having get gets got make makes made
take takes took go goes went come comes came see sees saw say seen know knew think thought want wanted need needed
use used find found give gave tell let put keep kept begin began seem seemed leave left call called try tried ask
feel felt become became show showed hear heard play played run ran move moved live lived believe hold held bring
brought write wrote sit stand lose lost pay paid meet met include included continue set learn change lead led
understand watch follow stop create speak read allow add spend grow open walk win won offer remember love consider
appear buy wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell require report
decide pull good great big small large long little own high low right wrong early late young important public bad
same different able best better worse worst sure free full true whole real clear hard strong possible major local
national international political social economic federal police officials official authorities government
sources source critics experts analysts residents people women men children fans players voters workers
students members leaders supporters protesters witnesses investigators prosecutors lawyers doctors scientists
researchers economists traders dealers shares stocks prices markets sales profits revenue earnings results
note photo photos video listen click hundreds thousands dozens millions share related advertisement editor's editors story continues
update updated breaking exclusive opinion analysis comment comments file getty reporting writing additional
company companies group groups team teams party parties state states city cities country countries
president minister premier mayor leader chief secretary spokesman spokeswoman spokesperson director chairman
under-secretary they're we're you're isn't aren't wasn't weren't don't doesn't didn't can't
couldn't won't wouldn't shouldn't hasn't haven't hadn't there's that's what's who's let's here's it'll
north south east west northern southern eastern western central upper lower greater
mr mrs ms dr sir
attendance halftime half-time scorers scorer total names former
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_list_repeats_an_entry() {
        // A repeat is harmless to the table but hides that a word was already there.
        for list in [COMMON_WORDS, PERSON_TITLES, ORG_HEADS, MISC_HEADS, ORG_STARTS, LOC_HEADS, LOC_STARTS, ORG_NOUNS] {
            let mut seen = std::collections::HashSet::new();
            let repeated: Vec<&str> = words(list).filter(|w| !seen.insert(*w)).collect();
            assert!(repeated.is_empty(), "repeated: {repeated:?}");
        }
    }

    #[test]
    fn lists_load() {
        let l = &*LEXICON;
        assert_eq!(l.first_name("kathleen"), Some(NameGender::Female));
        assert_eq!(l.first_name("kent"), Some(NameGender::Male));
        assert_eq!(l.place("canada"), Some(PlaceKind::Country));
        assert_eq!(l.place("alberta"), Some(PlaceKind::Region));
        assert!(l.place("halifax").is_some());
        assert!(l.is("canadian", class::NATIONALITY));
        assert!(l.is("the", class::COMMON));
        assert_eq!(l.first_name("leslie"), Some(NameGender::Either));
        assert_eq!(honorific_of(l.classes("mrs.")), Some(Some(NameGender::Female)));
        assert_eq!(l.place("zzzz"), None);
    }

    #[test]
    fn keys_fold_apostrophes_and_case() {
        assert_eq!(key("O’Keefe"), "o'keefe");
        assert_eq!(key("ÉCOLE"), "école");
    }
}
