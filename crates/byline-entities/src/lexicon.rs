//! The word lists the rules consult, built once per process. Keys are
//! lowercase with ASCII apostrophes; see `data/SOURCE.md` for where the
//! shipped lists come from.

use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// What a place name is, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    Country,
    Region,
    City,
}

/// The gender a first name suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameGender {
    Male,
    Female,
    Either,
}

pub(crate) struct Lexicon {
    pub first_names: HashMap<String, NameGender>,
    pub places: HashMap<String, PlaceKind>,
    pub nationalities: HashSet<String>,
    pub common: HashSet<&'static str>,
    pub person_titles: HashSet<&'static str>,
    pub honorifics: HashMap<&'static str, Option<NameGender>>,
    pub org_heads: HashSet<&'static str>,
    pub misc_heads: HashSet<&'static str>,
    pub org_starts: HashSet<&'static str>,
    pub loc_heads: HashSet<&'static str>,
    pub loc_starts: HashSet<&'static str>,
    pub reporting_verbs: HashSet<&'static str>,
    pub parties: HashSet<&'static str>,
    pub known_orgs: HashSet<&'static str>,
    pub known_locs: HashSet<&'static str>,
    pub not_names: HashSet<&'static str>,
    pub sports: HashSet<&'static str>,
    pub org_nouns: HashSet<&'static str>,
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
        let mut first_names = HashMap::default();
        for n in lines(include_str!("../data/names-male.txt")) {
            first_names.insert(key(n), NameGender::Male);
        }
        for n in lines(include_str!("../data/names-female.txt")) {
            let k = key(n);
            let g = match first_names.get(&k) {
                Some(NameGender::Male) => NameGender::Either,
                _ => NameGender::Female,
            };
            first_names.insert(k, g);
        }
        let mut places = HashMap::default();
        let mut add_place = |n: &str, kind: PlaceKind| {
            let k = key(n);
            let folded = fold_accents(&k);
            if folded != k {
                places.insert(folded, kind);
            }
            places.insert(k, kind);
        };
        for n in lines(include_str!("../data/cities.txt")) {
            add_place(n, PlaceKind::City);
        }
        for n in lines(include_str!("../data/regions.txt")).chain(lines(EXTRA_REGIONS)) {
            add_place(n, PlaceKind::Region);
        }
        for n in lines(include_str!("../data/countries.txt")).chain(lines(EXTRA_COUNTRIES)) {
            add_place(n, PlaceKind::Country);
        }
        let nationalities =
            lines(include_str!("../data/nationalities.txt")).chain(words(EXTRA_NATIONALITIES)).map(key).collect();
        let honorifics = HONORIFICS.iter().map(|&(w, g)| (w, g)).collect();
        Lexicon {
            first_names,
            places,
            nationalities,
            common: words(COMMON).collect(),
            person_titles: words(PERSON_TITLES).collect(),
            honorifics,
            org_heads: words(ORG_HEADS).collect(),
            misc_heads: words(MISC_HEADS).collect(),
            org_starts: words(ORG_STARTS).collect(),
            loc_heads: words(LOC_HEADS).collect(),
            loc_starts: words(LOC_STARTS).collect(),
            reporting_verbs: words(REPORTING_VERBS).collect(),
            parties: words(PARTIES).collect(),
            known_orgs: lines(KNOWN_ORGS).collect(),
            known_locs: lines(KNOWN_LOCS).collect(),
            not_names: words(NOT_NAMES).collect(),
            sports: words(SPORTS).collect(),
            org_nouns: words(ORG_NOUNS).collect(),
        }
    }

    pub fn place(&self, key: &str) -> Option<PlaceKind> {
        self.places.get(key).copied()
    }

    pub fn first_name(&self, key: &str) -> Option<NameGender> {
        self.first_names.get(key).copied()
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
    ("rev.", None),
];

/// Words that introduce a person when they stand right before a name
/// ("Prime Minister Justin Trudeau", "Sen. Kim Pate", "Liberal MP Kent Hehr").
const PERSON_TITLES: &str = "
president vice-president prime minister premier mayor mp mps mpp mla mna mep senator sen sen. rep rep. representative
congressman congresswoman congressmen governor gov gov. lieutenant lt lt. leader chancellor chairman chairwoman chair
chief ceo cfo coo director secretary ambassador councillor councilor alderman deputy commissioner inspector constable
const. cpl cpl. sgt sgt. sergeant officer detective det. judge justice magistrate attorney prosecutor lawyer pope
king queen prince princess emperor empress sheikh ayatollah cardinal bishop archbishop rabbi imam reverend rev father
pastor general gen gen. colonel col col. captain capt capt. major maj maj. admiral adm adm. commander cmdr corporal
private marshal coach manager striker midfielder defender goalkeeper skipper pitcher quarterback spokesman
spokeswoman spokesperson dean professor prof. dr dr. doctor speaker treasurer trustee superintendent supt supt. chef
founder co-founder owner publisher editor columnist correspondent anchor host critic minister ministers mr mr. mrs
mrs. ms ms. miss sir dame lord lady hon hon. honourable honorable
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
laboratories labs records studios pictures television radio tv broadcasting broadcast channel media centre center
hospital clinic museum library orchestra band team united rovers wanderers athletic athletics city county town
hotspur albion rangers celtic dynamo sporting olympique internazionale juventus giants yankees dodgers mets cubs
braves cardinals red sox lakers bulls celtics eagles lions tigers bears commission secretariat caucus cabinet
organisation organization alliance coalition movement front brigade brigades council congress diet duma knesset
legislature administration government nations weekly desk newsroom cooperative coop consortium enterprises brands foods stores motor auto
electric electronics chemical chemicals steel software solutions labs railway railways rail transit
";

/// Last words of names of events, works, awards and programmes.
const MISC_HEADS: &str = "
show awards award cup games championship championships open festival prize day war act summit conference
olympics series fair trophy tour prix marathon classic derby bowl
";

/// First words of organisation names ("University of Toronto").
const ORG_STARTS: &str = "
university bank ministry department office bureau council committee commission institute academy house court
board school college federation association union league party church national royal federal central
";

/// Last words of place names.
const LOC_HEADS: &str = "
street st st. avenue ave ave. road rd rd. boulevard blvd highway lane drive square place river rivers lake lakes
mountain mountains mount mt mt. hill hills valley island islands isle bay gulf sea ocean coast peninsula desert
strait canal falls park province county state territory territories region district city town village airport
station bridge building tower centre center plaza harbour harbor beach forest canyon creek heights springs
";

/// First words of place names ("Mount Everest", "Lake Ontario").
const LOC_STARTS: &str = "mount mt mt. lake lakes cape fort port saint st st. san santa isle gulf bay";

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
";

/// Capitalised words that are not names on their own (days, months,
/// pronouns, frequent sentence openers).
const NOT_NAMES: &str = "
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
nov nov. dec dec. i i'm i've i'll i'd
";

/// Lowercase nouns that, right before or after a name, say it names an
/// organisation ("Interfax news agency", "firm Multico", "Hizbollah guerrillas").
const ORG_NOUNS: &str = "
newspaper newspapers daily weekly agency firm company group bank carrier airline brewer maker retailer insurer
club side team party guerrillas rebels militia militants faction consortium conglomerate broadcaster network
publisher distributor manufacturer automaker chipmaker producer refiner operator unit subsidiary
";

/// Words that open sports headlines in wire copy.
const SPORTS: &str = "
soccer football cricket tennis golf baseball basketball rugby hockey cycling athletics boxing racing motor
motorcycling skiing swimming squash badminton sailing rowing nfl nba nhl nascar f1 formula olympics sumo snooker
judo wrestling volleyball handball
";

/// Frequent English words. A capitalised one at the start of a sentence or
/// in a headline is that word, not a name.
const COMMON: &str = "
a an the this that these those it its it's he she they we you i me him her them us his hers their theirs our ours
your my mine who whom whose which what where when why how whoever whatever whichever there here then now today
yesterday tomorrow tonight and or but nor so yet for if unless because since while although though whether after
before until till as once when whenever where wherever in on at by from to of with without within into onto upon
over under above below about around across along among amid against between beyond behind beside besides despite
during except inside outside through throughout toward towards via per plus than like near off out up down
all any both each either every few many more most much neither no none not nothing one other others several some
such another anyone anything everyone everything someone something nobody somebody everybody two three four five
six seven eight nine ten eleven twelve twenty hundred thousand million billion first second third last next final
new old many also still just even only already always never often sometimes usually again almost perhaps maybe
however meanwhile moreover furthermore therefore thus hence instead otherwise indeed yes well very too quite
rather really according asked said says told added earlier later recently currently previously eventually finally
initially overall together elsewhere nearby above below ahead back away home can could may might must shall should
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
sources source critics experts analysts residents people women men children police fans players voters workers
students members leaders supporters protesters witnesses investigators prosecutors lawyers doctors scientists
researchers economists traders dealers shares stocks prices markets sales profits revenue earnings results
note photo photos video watch listen read more click hundreds thousands dozens millions share related advertisement editor's editors story continues
update updated breaking exclusive opinion analysis comment comments file getty reporting writing additional
company companies group groups team teams party parties state states city cities country countries government
president minister premier mayor leader chief secretary spokesman spokeswoman spokesperson director chairman
under-secretary his her hers their they're we're you're isn't aren't wasn't weren't don't doesn't didn't can't
couldn't won't wouldn't shouldn't hasn't haven't hadn't there's that's what's who's let's here's it'll
north south east west northern southern eastern western central upper lower greater
mr mrs ms dr sir
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let l = &*LEXICON;
        assert_eq!(l.first_name("kathleen"), Some(NameGender::Female));
        assert_eq!(l.first_name("kent"), Some(NameGender::Male));
        assert_eq!(l.place("canada"), Some(PlaceKind::Country));
        assert_eq!(l.place("alberta"), Some(PlaceKind::Region));
        assert!(l.place("halifax").is_some());
        assert!(l.nationalities.contains("canadian"));
        assert!(l.common.contains("the"));
    }

    #[test]
    fn keys_fold_apostrophes_and_case() {
        assert_eq!(key("O’Keefe"), "o'keefe");
        assert_eq!(key("ÉCOLE"), "école");
    }
}
