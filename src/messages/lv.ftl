# privatums paziņojumi latviešu valodā. Katrs identifikators ir arī en.ftl, un kods izmanto
# katru no tiem (src/messages/tests.rs). Paziņojumi sākas ar mazo burtu, padomi saka, kas jādara.

## Apzīmējumi un kopsavilkumi (src/diagnostic.rs)

label-error = kļūda
label-warning = brīdinājums
label-hint = padoms
build-failed = { $count ->
        [one] atrasta { $shown } problēma
       *[other] atrastas { $shown } problēmas
    }; nekas netika publicēts
more-like-this = … un vēl { $shown } { $count ->
        [one] līdzīga problēma
       *[other] līdzīgas problēmas
    } failā { $file }: { $message }

## TOML un serde kļūdas citiem vārdiem (src/diagnostic.rs)

date-out-of-range = datums { $date } ir ārpus pieļaujamā laika: datumiem jābūt no { $from }. līdz { $to }. gadam
date-does-not-exist = datums { $date } nepastāv
date-hint = rakstiet datumu formā gads-mēnesis-diena, piemēram, 2026-11-22
table-takes-no-keys = šajā tabulā atslēgas nav paredzētas; izdzēsiet šo atslēgu
unknown-key = nezināma atslēga `{ $key }`
missing-key = trūkst obligātās atslēgas `{ $key }`
missing-key-hint = pievienojiet šai tabulai `{ $key } = …` (skatiet docs/satura-modelis.md)
value-not-allowed = `{ $value }` nav starp atļautajām vērtībām
invalid-type = nepareiza veida vērtība: { $detail }
wrong-kind = šai atslēgai jānorāda { $expected ->
        [text] teksts pēdiņās
        [text-or-languages] teksts pēdiņās vai {"{"} lv = "…", en = "…" {"}"}
        [phone] tālruņa numurs pēdiņās vai numuru saraksts
        [date] datums formā gads-mēnesis-diena bez pēdiņām (piemēram, 2026-11-22)
        [list] saraksts kvadrātiekavās, piemēram, ["…"]
        [boolean] true vai false
        [table] tabula
       *[number] skaitlis
    }
invalid-type-hint-text = rakstiet vērtību kā tekstu pēdiņās, piemēram, "67223131"
invalid-type-hint = kāda veida vērtība šai atslēgai vajadzīga, skatiet docs/satura-modelis.md
duplicate-key = šī atslēga tabulā jau ir
duplicate-key-hint = katra atslēga tabulā drīkst būt tikai vienreiz; izdzēsiet vai pārdēvējiet vienu no tām
invalid-toml = nederīgs TOML pieraksts: { $detail }
invalid-toml-hint = pārbaudiet TOML pierakstu: katrā rindā viens `atslēga = vērtība`, teksts pēdiņās, tabulas kā [nosaukums]
did-you-mean-allowed = vai domājāt `{ $best }`? { $what ->
        [value] Šeit atļautās vērtības
        [file-name] Šeit atļautie failu nosaukumi
        [rule] Šeit atļautās pārbaudes
        [block] Šeit atļautie bloki
       *[key] Šeit atļautās atslēgas
    }: { $list }
allowed-here = { $what ->
        [value] šeit atļautās vērtības
        [file-name] šeit atļautie failu nosaukumi
        [rule] šeit atļautās pārbaudes
        [block] šeit atļautie bloki
       *[key] šeit atļautās atslēgas
    }: { $list }
missing-key-hint-at = pievienojiet `{ $key } = …` { $place ->
        [top] faila sākumā, virs pirmās [tabulas] galvenes
        [front-matter] ievaddatos starp +++ rindām
       *[table] šai tabulai
    } (skatiet docs/satura-modelis.md)
missing-key-hint-documented = { $hint }. `{ $key }`: { $what }

## Ielāde (src/load/)

todo-in-text = tekstā vēl ir atzīme TODO
todo-in-text-hint = aizstājiet TODO un tā piezīmi ar iestādes tekstu { $language ->
        [lv] latviešu
       *[en] angļu
    } valodā
todo-in-value = atslēgas `{ $key }` vērtībā vēl ir atzīme TODO
todo-in-value-hint = aizstājiet TODO ar iestādes { $language ->
        [lv] vērtību latviešu valodā
        [en] vērtību angļu valodā
       *[none] vērtību
    } (kas jāraksta, saka komentārs virs rindas; skatiet docs/satura-modelis.md)

## Pārbaudes pārskats (src/check/report.rs)

report-platform = platforma
check-summary = pārbaude — kļūdas: { $errors }, brīdinājumi: { $warnings }, pārbaudītās iestādes: { $institutions }
check-sources-failed = pārbaude — kļūdas avota failos: { $errors }; izlabojiet tās, lai lapas varētu pārbaudīt
root-not-a-folder = norādītā vietnes sakne nav mape
root-not-a-folder-hint = palaidiet privatums mapē, kurā ir platform.toml, vai norādiet --root MAPE
file-not-found = fails nav atrasts
file-not-found-hint = izveidojiet { $file }
not-a-file = te jābūt failam, bet ir { $found ->
        [fifo] nosaukts kanāls (FIFO)
        [socket] sokets
        [device] ierīce
        [folder] mape
       *[special] īpašs fails
    }
not-a-file-hint = aizstājiet to ar parastu teksta failu
io-error = failu neizdevās nolasīt: { $detail }
line-too-long = { $line }. rinda ir garāka par { $limit } rakstzīmēm
line-too-long-hint = sadaliet tekstu rindkopās (starp tām tukša rinda) vai izdzēsiet kļūdas pēc ielīmēto
file-too-big = faila lielums ir { $size }; vietnes fails drīkst būt ne lielāks par { $limit }
file-too-big-hint = sadaļa ir dažas lappuses teksta: izdzēsiet kļūdas pēc ielīmēto vai sadaliet failu vairākās sadaļās
symlink-refused = simboliskās saites vietnē nav atļautas
symlink-refused-hint = aizstājiet saiti ar tā faila kopiju, uz kuru tā norāda
not-utf8 = fails nav UTF-8 teksts: baits { $offset } ({ $byte }) nav derīgs UTF-8
not-utf8-hint = saglabājiet failu UTF-8 kodējumā (vairumā redaktoru: Saglabāt kā… → Kodējums: UTF-8)
forbidden-character = tekstā ir { $kind ->
        [nul] NUL rakstzīme
        [escape] termināļa vadības rakstzīme (ESC)
        [carriage-return] rakstatgrieze (CR) bez jaunas rindas
        [private-use] privātlietojuma rakstzīme
        [bidirectional] teksta virziena maiņas rakstzīme
       *[control] neredzama vadības rakstzīme
    } ({ $code }){ $more ->
        [0] {""}
       *[other] {" "}(šajā failā vēl šādas rakstzīmes: { $more })
    }
forbidden-character-hint = { $kind ->
        [private-use] privātlietojuma rakstzīmēm nav nozīmes ārpus viena fonta, un politikā tās nekad nav vajadzīgas; izdzēsiet to (tā bieži ienāk ar tekstu, kas kopēts no PDF)
        [bidirectional] tā liek tekstam parādīties citā secībā, nekā tas uzrakstīts; izdzēsiet to
        [carriage-return] saglabājiet failu ar parastām rindu beigām (LF vai CRLF)
       *[other] izdzēsiet to: tā ir neredzama un politikā nekad nav vajadzīga (kopētā tekstā tā dažkārt gadās)
    }
duplicate-id = { $what ->
       *[section] sadaļas
    } identifikators `{ $id }` atkārtojas
duplicate-id-hint = šo identifikatoru jau izmanto { $file }; lapā identifikatoriem jābūt unikāliem, tāpēc pārdēvējiet vienu no tiem
missing-translation = { $what ->
       *[section] sadaļa
    } `{ $id }` ir mapē `{ $has }`, bet nav mapē `{ $lacks }`
missing-translation-hint = izveidojiet { $file } ar `id = "{ $id }"`, iztulkojot šo failu (vai izdzēsiet šo failu, ja { $what ->
       *[section] sadaļa
    } vairs nav vajadzīga)
no-such-theme = tēmas `{ $theme }` nav
no-such-theme-hint = izveidojiet { $folder } vai norādiet `theme = "default"`
theme-without-page = tēmai nav veidnes `page.html`
theme-without-page-hint = atjaunojiet themes/default/ no repozitorija
no-front-matter = failam nav ievaddatu (front matter)
no-front-matter-hint = sāciet failu ar `+++` rindu, tad sadaļas `id`, `title` un `order` un vēl vienu `+++` rindu
front-matter-not-closed = ievaddati (front matter) nav noslēgti
front-matter-not-closed-hint = pievienojiet `+++` rindu aiz ievaddatiem
platform-file-missing-hint = izveidojiet platform.toml vietnes saknē (skatiet docs/satura-modelis.md) vai norādiet --root MAPE
shared-content-missing = trūkst kopīgā satura valodai `{ $language }`
shared-content-missing-hint = izveidojiet { $folder } ar platformas politiku šajā valodā
not-a-cookie-category = `{ $name }` nav sīkdatņu kategorija
institution-not-loaded = iestādi neizdevās ielādēt
slug-rename-folder-to = pārdēvējiet mapi par `institutions/{ $slug }`
slug-rename-folder = pārdēvējiet mapi, lietojot tikai a–z, 0–9 un `-`
misplaced-top-level-key-hint = `{ $key }` attiecas uz iestādi, nevis uz tabulu virs tās: pārceliet šo rindu virs faila pirmās `[tabulas]` galvenes
too-many-files = mapē ir { $files } Markdown faili; drīkst būt ne vairāk kā { $limit }
too-many-files-hint = politikā ir daži desmiti sadaļu: izdzēsiet failus, kas nav sadaļas
slug-empty = identifikators (slug) ir tukšs
slug-invalid-characters = `{ $slug }` nav derīgs identifikators (slug): lietojiet tikai mazos burtus a–z, ciparus un `-`
slug-invalid-start = `{ $slug }` nav derīgs identifikators (slug): tam jāsākas ar burtu vai ciparu
slug-reserved = `{ $slug }` ir rezervēts platformas lapām
slug-use-instead = lietojiet `{ $slug }`
slug-use-instead-example = lietojiet tikai mazos burtus a–z, ciparus un `-`, piemēram, `valsts-policija`
section-id-invalid = `{ $id }` nav derīgs sadaļas identifikators
section-id-invalid-hint = lietojiet tikai a–z, 0–9 un `-`, piemēram, `{ $example }`
parameter-name-invalid = `{ $name }` nav derīgs parametra nosaukums
parameter-name-invalid-hint = lietojiet tikai a–z, 0–9 un `_`, piemēram, `contact_email`
generated-section-placed = `{ $id }` ir ģenerēta sadaļa, tāpēc šis fails nevar noteikt tās virsrakstu un secību
generated-section-placed-hint = izņemiet `title` un `order`, lai šo tekstu pievienotu ģenerētās sadaļas `{ $id }` beigās, vai piešķiriet failam citu identifikatoru, lai tas būtu atsevišķa sadaļa
missing-key-hint-section = pievienojiet ievaddatiem `{ $key } = …`; ja vēlaties papildināt ģenerētu sadaļu, lietojiet kādu no šiem identifikatoriem: { $ids }
html-loads-elsewhere = `<{ $element }>` ielādētu kaut ko no citas adreses
html-loads-elsewhere-hint = privātuma lapa neko neielādē no citurienes: vietnes attēlu rādiet kā ![apraksts](fails.png), uz visu citu veidojiet saiti [teksts](https://…)
too-many-in-file = failā ir vairāk nekā { $limit } { $what ->
        [headings] virsrakstu
        [footnotes] vēru
       *[images] attēlu
    }
too-many-in-file-hint = privātuma politikas sadaļai vajag daudz mazāk: izdzēsiet kļūdas pēc ielīmēto vai sadaliet tekstu vairākās sadaļās
more-problems-in-file = un vēl līdzīgas problēmas šajā failā: { $count }
more-problems-in-file-hint = vispirms izlabojiet augstāk minētās; pārējās, visticamāk, ir tā pati kļūda
image-elsewhere = attēls `{ $image }` tiktu ielādēts no citas vietnes
image-elsewhere-hint = privātuma lapa neko neielādē no citurienes: otra vietne uzzinātu par katru apmeklētāju. Saglabājiet attēlu blakus šim failam un rakstiet ![apraksts](nosaukums.png) vai veidojiet uz to saiti [teksts](https://…)
image-name-not-plain = `{ $image }` nav vienkāršs vietnes faila nosaukums
image-name-not-plain-hint = attēlu failus nosauciet ar a–z, A–Z, 0–9, `-`, `_` un `.` un glabājiet šī faila mapē vai tās apakšmapē, piemēram, ![apraksts](img/karte.png)
image-format-unknown = `{ $image }` nav PNG, JPEG, GIF vai WebP attēls
image-format-unknown-hint = saglabājiet attēlu kā .png, .jpg, .gif vai .webp (SVG var saturēt skriptu, tāpēc to nepieņem)
image-too-big = attēla `{ $image }` lielums ir { $size } KB; attēls drīkst būt ne lielāks par { $limit } KB
image-too-big-hint = samaziniet attēlu (mazāk pikseļu vai JPEG fotogrāfijām)
image-not-found = attēla `{ $image }` nav mapē { $folder }
image-not-found-hint = saglabājiet attēla failu tur vai izlabojiet tā nosaukumu
image-unreadable-hint = saglabājiet attēlu kā parastu failu
image-format-mismatch = `{ $image }` nav { $format } attēls, kā norāda tā nosaukums
image-format-mismatch-hint = saglabājiet attēlu vēlreiz tajā formātā, ar kuru beidzas tā nosaukums
more-findings-like-this = … un vēl { $shown } { $count ->
        [one] līdzīga [{ $rule }] problēma
       *[other] līdzīgas [{ $rule }] problēmas
    } failā { $file }
## Pārbaudes starp failiem (src/validate.rs)

not-a-web-address = `{ $url }` nav tīmekļa adrese
not-a-web-address-hint = rakstiet pilnu adresi, kas sākas ar https://, piemēram, "https://www.example.gov.lv"
favicon-not-in-theme = tēmā nav faila `{ $file }` vietnes ikonai
favicon-not-in-theme-hint = norādiet failu no tēmas mapes static/; tajā ir: { $files }
languages-invalid = `languages` jānorāda katra atbalstītā valoda vienu reizi
languages-invalid-hint = rakstiet `languages = ["lv", "en"]`; pirmā ir noklusējuma valoda
requests-no-way = `[requests]` nenorāda nevienu veidu, kā iesniegt pieprasījumu
requests-no-way-hint = pievienojiet vismaz vienu no `post`, `email`, `e_address = true` vai `in_person`
no-such-rule = pārbaudes `{ $rule }` nav
silence-inferred = noteikumu `inferred` nevar izslēgt
silence-inferred-hint = vērtība ar atzīmi `inferred` gaida iestādes apstiprinājumu: kad iestāde to apstiprinājusi, noņemiet vērtības `inferred = "…"`; ja neapstiprina, izdzēsiet vērtību
inferred-value = { $purpose ->
    [none] `{ $key }`
   *[other] nolūka `{ $purpose }` `{ $key }`
} ir secināts, nevis iestādes vārdi, tāpēc netiek publicēts: { $reason }
inferred-value-hint = lūdziet iestādes datu aizsardzības speciālistam to apstiprināt; kad apstiprināts, noņemiet `inferred = "…"`, un no nākamās būvēšanas tas tiek publicēts; ja ne — izdzēsiet to
silence-without-reason = lai izslēgtu pārbaudi `{ $rule }`, jānorāda iemesls
silence-without-reason-hint = ierakstiet `reason = "…"`, kāpēc šī pārbaude te neattiecas
no-purposes = nav norādīts neviens apstrādes nolūks
no-purposes-hint = pievienojiet tabulu `[[purposes]]` ar `description` un `legal_bases`
purpose-without-legal-basis = nolūkam `{ $id }` nav norādīts tiesiskais pamats
purpose-without-legal-basis-hint = katram nolūkam norādiet vismaz vienu VDAR 6. panta 1. punkta apakšpunktu, piemēram, `legal_bases = ["e"]`, vai dodiet vispārīgo sarakstu `[legal_bases]` ar `bases = [...]`
purpose-basis-only-inferred-hint = vienīgais nolūka pamats ir atzīmēts `inferred` (secināts), tāpēc netiek publicēts; kad iestāde to apstiprinājusi, noņemiet `inferred`, vai dodiet iestādes vispārīgo sarakstu `[legal_bases]`
general-legal-bases-empty = vispārīgajā tiesisko pamatu sarakstā `[legal_bases]` nav neviena pamata
purpose-basis-not-in-list = nolūka `{ $id }` pamats „{ $basis }” nav iestādes vispārīgajā sarakstā `[legal_bases]`
purpose-basis-not-in-list-hint = pievienojiet „{ $basis }” sarakstam `[legal_bases]` `bases` vai izņemiet to no nolūka — lapa nevar teikt divas dažādas lietas
section-id-shared = sadaļas identifikatoru `{ $id }` jau izmanto platformas kopīgais saturs
section-id-shared-hint = pārdēvējiet to, piemēram, par `{ $example }`
block-twice = bloks `{ $block }` pievienots divreiz
block-twice-hint = izdzēsiet otro `[[blocks]]` ierakstu
no-such-block = kopīgā bloka `{ $block }` nav
block-parameter-missing = blokam `{ $block }` vajadzīgs parametrs `{ $parameter }`
block-parameter-missing-hint = pievienojiet šī bloka `params` `{ $parameter } = {"{"} lv = "…", en = "…" {"}"}` (skatiet { $file })
did-you-mean = vai domājāt `{ $best }`?
block-takes-no-parameters = blokam `{ $block }` parametru nav; izņemiet `params`
block-takes-parameters = bloka `{ $block }` parametri: { $parameters }
block-parameter-unknown = blokam `{ $block }` nav parametra `{ $parameter }`
purpose-id-invalid = `{ $id }` nav derīgs nolūka identifikators
purpose-id-invalid-hint-instead = rakstiet `id = "{ $id }"`: mazie burti a–z, cipari un `-`
purpose-id-invalid-hint = lietojiet mazos burtus a–z, ciparus un `-`, piemēram, `id = "video"`
purpose-id-twice = diviem nolūkiem ir viens un tas pats identifikators `{ $id }`
purpose-id-twice-hint = piešķiriet katram nolūkam savu identifikatoru; tā ir nolūka adrese lapā (#purpose-<id>)
register-without-data = reģistrs nenorāda, kādus personas datus tas satur
register-without-data-hint = pievienojiet `data_categories = {"{"} lv = "…", en = "…" {"}"}` vai `data_categories_in_legal_acts = true`, ja tās nosaka šeit minētie tiesību akti
right-twice = tiesības `{ $right }` aprakstītas divreiz
right-twice-hint = apvienojiet abus `[[rights]]` ierakstus vienā
right-not-applicable-needless = VDAR šiem tiesiskajiem pamatiem parasti neparedz tiesības `{ $right }`, tāpēc `not_applicable` nav vajadzīgs
right-not-applicable-needless-hint = izdzēsiet šo `[[rights]]` ierakstu
right-explained-and-not-applicable = tiesībām `{ $right }` ir gan `explanation`, gan `not_applicable`
right-explained-and-not-applicable-hint = atstājiet vai nu `not_applicable` (kāpēc tiesības neattiecas), vai `explanation` (kā tās attiecas šeit), ne abus
canonical-clash-platform = platformas lapai (`base_url` failā platform.toml)
canonical-clash-institution = iestādei `{ $slug }`
canonical-url-taken = šīs lapas kanoniskais URL `{ $url }` jau pieder { $owner }
canonical-url-taken-hint = katrai lapai vajadzīga sava adrese: norādiet šeit iestādes tīmekļvietni vai pārceliet platformas lapu (`base_url` failā platform.toml)
copied-website-hint = no institutions/{ $slug }/ nokopēta mape patur tās vērtības: ierakstiet šeit savas iestādes tīmekļvietni
copied-registration-number = reģistrācijas numurs { $number } ir iestādes `{ $slug }` numurs
copied-registration-number-hint = no institutions/{ $slug }/ nokopēta mape patur tās vērtības: ierakstiet savas iestādes numuru no valsts iestāžu reģistra (11 cipari)
## Pārbaudes (src/check/)

registration-number-length = `{ $number }` nav reģistrācijas numurs: tajā jābūt 11 cipariem
registration-number-check-digit = `{ $number }` nav reģistrācijas numurs: nesakrīt kontrolcipars
registration-number-hint = nokopējiet numuru no Uzņēmumu reģistra (www.ur.gov.lv), piemēram, "90000050138"
phone-glued-to-email = tālruņa numurs `{ $phone }` ir salipis ar e-pasta adresi `{ $email }`
phone-glued-to-email-hint = starp { $phone } un { $email } ielieciet komatu vai jaunu rindu
emails-run-together = `{ $email }` ir divas kopā salipušas e-pasta adreses
emails-run-together-hint = atdaliet adreses ar atstarpi vai komatu vai atstājiet tikai vienu
email-invalid = `{ $email }` nav e-pasta adrese
email-invalid-hint = rakstiet to formā vards@domens.lv
phone-invalid = `{ $phone }` nav Latvijas tālruņa numurs
phone-invalid-hint = rakstiet 8 ciparus, kas sākas ar 2, 6, 7 vai 8, pēc izvēles aiz +371, piemēram, "67223131"
http-link = `{ $link }` nav droša (https://) adrese
http-link-hint = rakstiet { $link } un pārbaudiet, vai lapa atveras
postal-code-invalid = `{ $code }` nav Latvijas pasta indekss
postal-code-invalid-hint = rakstiet `LV-` un četrus ciparus, piemēram, "{ $example }"

# src/check/contacts.rs
stale-contact = { $name }: `{ $written }` { $kind ->
        [address] { $what ->
            [former] ir bijusī adrese
           *[other] nav pašreizējā adrese
        }
        [postal-code] { $what ->
            [former] ir bijušais pasta indekss
           *[other] nav pašreizējais pasta indekss
        }
        [phone] { $what ->
            [former] ir bijušais tālruņa numurs
           *[other] nav pašreizējais tālruņa numurs
        }
       *[email] { $what ->
            [former] ir bijusī e-pasta adrese
           *[other] nav pašreizējā e-pasta adrese
        }
    }
stale-contact-hint = rakstiet "{ $current }" (kā failā platform.toml){ $party ->
        [authority] {" "}vai atstājiet uzraudzības iestādes kontaktinformāciju lapas sadaļai par sūdzībām
       *[controller] {""}
    }

# src/check/notices.rs
notice-incomplete = nolūka `{ $id }` paziņojumos jānorāda { $what ->
        [retention] glabāšanas termiņš
        [description] nolūka apraksts
        [legitimate-interests] leģitīmās intereses (nolūks balstās uz VDAR 6. panta 1. punkta f) apakšpunktu)
       *[dpo] datu aizsardzības speciālista kontaktinformācija
    }
notice-incomplete-hint = { $what ->
        [retention] ierakstiet nolūka `retention` abās valodās; paziņojums `{ $code }` to parāda
        [description] ierakstiet nolūka `description` abās valodās
        [legitimate-interests] pievienojiet failam institution.toml `legitimate_interests`: intereses, ko iestāde īsteno
       *[dpo] norādiet `email` tabulā [data_protection_officer]
    }

# src/check/elements.rs, src/check/substance.rs
gdpr-element = VDAR { $article }: { $what }
gdpr-element-what = { $what ->
        [controller-identity] pārziņa identitāte un kontaktinformācija
        [dpo-contacts] datu aizsardzības speciālista kontaktinformācija
        [purposes] apstrādes nolūki un tiesiskais pamats
        [legitimate-interests] leģitīmās intereses (ja nolūks balstās uz 6. panta 1. punkta f) apakšpunktu)
        [recipients] personas datu saņēmēji
        [transfers] nosūtīšana uz trešajām valstīm un garantijas
        [retention] glabāšanas termiņš vai kritēriji tā noteikšanai
        [rights] datu subjekta tiesības
        [withdraw-consent] piekrišanas atsaukšana (ja nolūks balstās uz 6. panta 1. punkta a) apakšpunktu)
        [complaint] sūdzība uzraudzības iestādei
        [statutory-requirement] vai datu sniegšana ir likumā vai līgumā noteikta prasība
        [automated-decisions] automatizēta lēmumu pieņemšana un profilēšana
        [data-categories] personas datu kategorijas
       *[data-source] avots, no kura iegūti dati, kas nav vākti no paša datu subjekta
    }
gdpr-element-missing = lapā nav sniegts tas, ko prasa { $element }
gdpr-element-weak = lapā īsti nav sniegts tas, ko prasa { $element } — { $why }
gdpr-element-hint = { $how ->
        [rights] pievienojiet tabulu `[[rights]]`, `right = "access"`, katrām datu subjekta tiesībām, ko nosaka iestādes politika; lapā uzskaitītas tikai tās
        [withdraw-consent] pievienojiet `[[rights]] right = "withdraw-consent"`
        [data-categories] norādiet nolūkiem `data_categories = {"{"} lv = "…", en = "…" {"}"}`
        [data-source] norādiet nolūkiem `source = {"{"} lv = "…", en = "…" {"}"}`
        [key] pievienojiet `{ $key } = {"{"} lv = "…", en = "…" {"}"}` faila institution.toml sākumā
       *[other] pievienojiet šo informāciju
    } vai pievienojiet `covers = ["{ $article }"]` tās sadaļas ievaddatiem, kurā tā sniegta
block-element-missing = bloks `{ $block }` nesniedz to, ko prasa { $element }
block-element-missing-hint = ierakstiet to blokā un pievienojiet "{ $article }" ievaddatu laukam `covers`
weak-retention = nolūka `{ $id }` glabāšanas termiņš { $why }
weak-right-reason = tiesības `{ $right }` attiecas uz izmantotajiem tiesiskajiem pamatiem, bet iemesls, kāpēc tās izlaistas, { $why }
weak-register-no-data = reģistrs `{ $register }` nenorāda personas datu kategorijas
weak-source-no-categories = nolūks `{ $id }` datus iegūst no citiem avotiem (`source`), bet nenorāda `data_categories`
weak-key = `{ $key }` { $why }
weak-text-short = ir īsāks par teikumu ("{ $text }")
weak-text-same = ir tāds pats teksts kā `{ $key }`
## Izvade un būvēšana (src/output/, src/build.rs, src/scaffold.rs)

out-refused-hint = izvēlieties izvadei atsevišķu mapi ārpus content/, institutions/ un themes/, piemēram, --out public
out-contains-sources = izvades mapē atrodas vietnes avota faili: būvējot tie tiktu izdzēsti
out-is-platform-file = izvades mape ir `platform.toml`, avota fails: būvējot tas tiktu aizstāts
out-inside-sources = izvades mape atrodas mapē `{ $source }/`, kurā ir vietnes avota faili: būvējot tie tiktu aizstāti
out-is-a-file = izvade ir fails, nevis mape: būvējot tas tiktu aizstāts
out-is-a-file-hint = izvēlieties jaunu vai tukšu mapi, piemēram, --out public
out-holds-other-files = izvades mapē ir faili, ko nav rakstījis privatums: būvējot tie tiktu izdzēsti
out-holds-other-files-hint = izvēlieties jaunu vai tukšu mapi; lai aizstātu visu šīs mapes saturu, norādiet --take-over
old-output-left = jaunā izvade ir vietā, bet iepriekšējo neizdevās izdzēst: { $detail }
old-output-left-hint = izdzēsiet šo mapi pašrocīgi
built = { $pages ->
        [one] izveidota { $pages } lapa
       *[other] izveidotas { $pages } lapas
    }{ $notices ->
        [0] {""}
        [one] {" "}un { $notices } paziņojuma lapa
       *[other] {" "}un { $notices } paziņojumu lapas
    } { $institutions ->
        [one] { $institutions } iestādei
       *[other] { $institutions } iestādēm
    } { $seconds } s laikā → { $out }
built-with-warnings = {" "}(pārbaudes brīdinājumi: { $warnings }; palaidiet `privatums check`)
output-not-written = izvadi neizdevās ierakstīt: { $detail }
pages-not-removed = lapas neizdevās izdzēst: { $detail }
no-such-institution = iestādes `{ $slug }` nav
no-such-institution-hint = norādiet kādas institutions/ apakšmapes nosaukumu
created = izveidota mape { $folder }/
created-next = tālāk: aizstājiet katru TODO šajos failos; `privatums serve` rāda lapu katru reizi, kad saglabājat
not-a-site-root = šī nav vietnes sakne: te nav platform.toml
not-a-site-root-hint = palaidiet komandu mapē, kurā ir platform.toml, vai norādiet --root MAPE
institution-exists = `{ $slug }` jau ir
institution-exists-hint = rediģējiet failus mapē { $folder } vai izvēlieties citu identifikatoru
like-missing = nav iestādes `{ $slug }`, no kuras sākt
like-missing-hint = norādiet iestādes mapes nosaukumu no institutions/, piemēram, `--like pmlp`
like-unreadable = šo institution.toml nevar nolasīt, lai to nokopētu: { $detail }
not-created = neizdevās izveidot: { $detail }
## Komandrinda un tās palīdzība (src/main.rs, src/help.rs)

help-about = Izveido visu Latvijas vienotās tīmekļvietņu platformas iestāžu privātuma politikas lapas latviešu un angļu valodā
help-lang = Ziņojumu valoda, `lv` vai `en` [noklusējums: lokalizācijas iestatījumu valoda (LANG=lv_LV.UTF-8 ir latviešu), citādi angļu]
lang-invalid = norādiet `lv` vai `en`
help-root = Vietnes saknes mape, kurā ir platform.toml, content/, themes/ un institutions/ [noklusējums: .]
help-take-over = Aizstāj --out mapi, kurā ir faili, ko nav rakstījis privatums (tie tiek izdzēsti). Mapei, ko izveidojis privatums, tas nekad nav vajadzīgs
help-build = Izveido visas lapas izvades mapē (to aizstāj tikai tad, ja izveide izdodas)
help-build-out = Izvades mape [noklusējums: ROOT/public]
help-build-only = Izveido tikai šīs iestādes lapas un izvadē aizstāj tikai tās mapi
help-no-precompress = Neraksta teksta failu Brotli un gzip kopijas (`index.html.br`, `.gz`)
help-serve = Rāda vietni šajā datorā un no jauna izveido katru lapu, tiklīdz tās faili saglabāti
help-serve-out = Izvades mape [noklusējums: pagaidu mape, ko izdzēš, beidzot darbu]
help-port = Ports; ja tas ir aizņemts, tiek izmantots brīvs ports [noklusējums: { $port }]
help-interface = Adrese, kurā gaidīt savienojumus; pēc noklusējuma pieslēgties var tikai no šī datora [noklusējums: { $interface }]
help-check = Pārbauda, vai katrā lapā sniegta visa VDAR prasītā informācija, un meklē biežākās kļūdas; neko neraksta
help-format = Kā ziņot: `human` cilvēkiem vai `json` automātiskajām pārbaudēm (CI; shēma docs/checks.md) [noklusējums: human]
help-strict = Uzskata brīdinājumus par kļūdām
help-release = Reģistrē jaunu versiju katrai politikas lapai, kuras teksts mainījies kopš pēdējās reģistrētās versijas (mapēs `institutions/SLUG/versions/` un `content/versions/`)
help-release-only = Reģistrē tikai šīs iestādes lapu
help-schema = Raksta failu institution.toml, platform.toml un policy.json JSON shēmas
help-schema-out = Mape, kurā tās rakstīt [noklusējums: docs/schema]
help-new = Sāk ko jaunu no sagataves
help-new-institution = Izveido mapi institutions/SLUG/ ar failu institution.toml un iestādes sadaļām; aizpildāmās vietas atzīmētas ar TODO
help-slug = Mapes nosaukums: mazie burti a–z, cipari un `-`
help-new-root = Vietnes saknes mape, kurā ir platform.toml [noklusējums: .]
help-help = Parāda palīdzību
help-version = Parāda versiju
help-help-command = Parāda šo palīdzību vai norādītās komandas palīdzību
help-usage = Lietošana:
help-options = Opcijas
help-arguments = Argumenti
help-commands = Komandas
schema-written = uzrakstīts { $file }
schema-not-written = neizdevās uzrakstīt shēmas mapē { $folder }: { $detail }

## serve (src/serve/)

serve-root-not-a-folder = vietnes sakne { $root } nav mape
serve-out-refused = --out { $out }: { $problem }
serve-no-folder = neizdevās izveidot mapi: { $detail }
serve-no-start = neizdevās sākt darbu: { $detail }
serve-no-watch = neizdevās sekot vietnes failu izmaiņām: { $detail }
serve-stopped = apturēts
serve-failed = serveris pārtrauca darbu: { $detail }
serve-no-listen = neizdevās gaidīt savienojumus adresē { $address }: { $detail }
serve-no-listen-hint = izvēlieties citu --interface vai nenorādiet to, lai lapas rādītu tikai šajā datorā
serve-port-taken = ports { $port } ir aizņemts; tiek izmantots brīvs ports
serve-folder-not-watched = neizdevās sekot kādai mapei: { $detail }
serve-watch-failed = sekojot failu izmaiņām: { $detail }
serving = { $root } tiek rādīts adresē { $url } (lapas mapē { $out }); Ctrl-C aptur
serve-pages-removed = tās lapas izņemtas
serve-wrong-host = privatums serve atbild tikai uz pieprasījumiem adresei { $url } (šis pieprasījums norādīja { $host }).
serve-no-host = privatums serve atbild tikai uz pieprasījumiem adresei { $url } (šis pieprasījums adresi nenorādīja).
serve-too-many-listeners = privatums serve: jau { $count } lapas gaida izmaiņas; aizveriet dažas cilnes. Lapas joprojām tiek rādītas, tikai vairs neatjaunojas pašas.
serve-problems-title = Vietnē ir problēmas
serve-problems-intro = privatums nevarēja no jauna izveidot vietni. Izlabojiet tālāk uzskaitītās problēmas un saglabājiet failu: šī lapa atjaunosies pati. Līdz tam izvades mapē paliek pēdējās labās lapas.
serve-not-found-title = Šeit lapas nav
serve-not-found = Šajā adresē lapas nav.
serve-index-link = Iestāžu sarakstā ir saites uz visām lapām.
## Lapu veidošana (src/render/, src/merge/, src/notices/)

placeholder-hint = vietturi uzskaitīti docs/satura-modelis.md; teksts par iestādi rakstāms iekš `{"{"}% if institution %{"}"} … {"{"}% endif %{"}"}`
placeholder-syntax = kļūda vietturu pierakstā: { $detail }
placeholder-unknown = nezināms vietturis `{ $placeholder }`
placeholder-error = kļūda vietturī: { $detail }
template-error = kļūda veidnē: { $detail }
template-error-hint = izlabojiet tēmas veidni; Tera pieraksts aprakstīts keats.github.io/tera
theme-string-missing = tēmā nav teksta `{ $key }` valodai `{ $language }`
theme-string-missing-hint = pievienojiet to tēmas strings.toml sadaļā [{ $language }]
template-sections-not-once = lapas veidne nerāda katras sadaļas HTML tieši vienu reizi
template-sections-not-once-hint = ierakstiet `{"{{"} section.html | safe {"}}"}` vienu reizi iekš `{"{"}% for section in sections %{"}"}` un nekur citur
qr-code-too-long = adrese { $url } neietilpst QR kodā: { $detail }
qr-code-too-long-hint = saīsiniet iestādes `website` vai nolūka `id`
heading-twice = virsraksts “{ $heading }” lapā { $page } ir divreiz
heading-twice-hint = otrs ir { $place }; dodiet šim savu virsrakstu vai pasakiet to, ko tas saka, otrā sadaļā
date-day-first = datums `{ $date }` nav rakstīts formā gads-mēnesis-diena
date-day-first-hint = rakstiet `{ $iso }` (TOML saprot datumus, kas rakstīti formā gads-mēnesis-diena, bez pēdiņām)

## Tekstu un lapu pārbaudes (src/check/)

updated-before-platform = `updated = { $date }` ir senāks par platformas politiku, ar ko tas apvienots (publicēta { $published })
updated-long-ago = `updated = { $date }` ir vecāks par diviem gadiem: lapa izskatās neuzturēta
updated-hint = pārskatiet iestādes daļu atbilstoši pašreizējai platformas politikai un ierakstiet šīs pārskatīšanas datumu
section-empty = sadaļā nav teksta
section-empty-hint = uzrakstiet sadaļas tekstu zem ievaddatiem vai izdzēsiet failu
placeholder-in-institution = iestādes sadaļās vietturi netiek aizpildīti
placeholder-in-institution-hint = ierakstiet pašu vērtību; vietturi darbojas tikai platformas kopīgajā saturā
link-invalid = `{ $link }` nav derīga tīmekļa adrese: { $detail }
link-invalid-hint = pārbaudiet adresi
link-not-full = `{ $link }` nav pilna tīmekļa adrese
link-not-full-hint = rakstiet saites kā pilnas adreses, kas sākas ar https://
mixed-script = vārdā `{ $word }` latīņu burti sajaukti ar kirilicas vai grieķu burtiem
mixed-script-hint = pārrakstiet vārdu ar latīņu tastatūru
untranslated-text = šis teksts latviešu un angļu valodā ir vienāds
untranslated-text-hint = uzrakstiet angļu tekstu: TOML failā {"{"} lv = "…", en = "…" {"}"} vai iztulkojiet failu mapē en/
paragraph-repeated = šī rindkopa lapā jau ir
paragraph-nearly-repeated = šī rindkopa saka gandrīz to pašu, ko cita rindkopa lapā
paragraph-repeated-hint = tā atkārto { $place }; atstājiet vienu vai pasakiet, kas ir atšķirīgs
page-unreadable = lapu neizdevās nolasīt: { $detail }
broken-anchor = saitei `{ $link }` šajā lapā nav mērķa
broken-anchor-hint = veidojiet saiti uz sadaļas identifikatoru (piemēram, `#rights`) vai virsraksta enkuru (`#<sadaļa>--<virsraksts>`)
updated-in-future = `updated = { $date }` ir nākotnē
link-goes-nowhere = saite `{ $link }` nekur neved
link-goes-nowhere-hint = norādiet saites adresi vai rakstiet tekstu bez saites
mailto-invalid-hint = pārbaudiet adresi aiz mailto:
authority-legitimate-interest = nolūks `{ $id }` balstās tikai uz leģitīmajām interesēm (VDAR 6. panta 1. punkta f) apakšpunkts), bet valsts iestāde tās nevar izmantot apstrādei, ko veic, pildot savus uzdevumus (6. panta 1. punkta otrā daļa)
authority-legitimate-interest-hint = ja `{ $id }` ir daļa no iestādes uzdevumiem, norādiet `legal_bases` īsto pamatu ("e" vai "c") un tiesību aktu `legal_acts`; ja nav (piemēram, iestādes telpu aizsardzība), pasakiet to: pievienojiet [[silence]] ar rule = "{ $rule }" un šo iemeslu
unlisted-right = nolūks `{ $id }` balstās uz { $bases }, kam VDAR parasti paredz tiesības `{ $right }`, bet `[[rights]]` tās neuzskaita; lapā uzskaitītas tikai tiesības no `[[rights]]`
unlisted-right-hint = ja šīs tiesības attiecas, pievienojiet `[[rights]]` ar `right = "{ $right }"`; ja neattiecas, pievienojiet tās ar `not_applicable = {"{"} lv = "…", en = "…" {"}"}` un iemeslu, ko lapa parāda; ja iestādes politika par tām apzināti klusē, pievienojiet [[silence]] ar rule = "{ $rule }" un iemeslu

## versions (src/versions/)

versions-owner-platform = platformas
versions-owner-institution = iestādes { $slug }
record-stray-file = šis fails nepieder publicēto versiju reģistram
record-stray-file-hint = mapē { $folder } ir tikai versiju mapes (`2026-11-22/`), ko raksta `privatums release`: izdzēsiet šo failu
version-stray-file-hint = versijas mapē ir tikai `version.toml` un `lv.txt`/`en.txt`: izdzēsiet šo failu
version-manifest-missing-hint = versijas mapē jābūt failam `version.toml`, ko uzrakstīja `privatums release`: atjaunojiet to no git
version-date-changed = versijā { $version } norādīts datums { $date }: reģistrēta versija ir mainīta
version-date-changed-hint = atjaunojiet versiju no git; jaunu versiju reģistrē ar `privatums release`
version-text-missing-hint = versija { $version } šajā failā reģistrēja lapas tekstu { $language ->
        [lv] latviešu
       *[en] angļu
    } valodā: atjaunojiet to no git
version-chain-broken = versija { $version } ({ $language }) neturpina iepriekš reģistrēto versiju: kāda agrāka versija ir dzēsta vai mainīta
version-text-changed = versijas { $version } teksts ({ $language }) mainīts pēc reģistrēšanas: tas neatbilst savam jaucējkodam
version-restore-hint = atjaunojiet reģistru no git (`git checkout -- { $folder }`): reģistrētas versijas nekad nelabo un nedzēš; izmaiņas reģistrē kā jaunu versiju ar `privatums release`
draft-not-marked = melnrakstu neizdevās atzīmēt lapā: { $detail }
version-date-unchanged = lapas teksts ({ $language }) atšķiras no pēdējās reģistrētās versijas { $version }, bet `{ $key }` joprojām ir { $date }
version-date-unchanged-hint = mainīta politika ir jauna versija: ierakstiet `{ $key }` tās publicēšanas datumu un palaidiet `{ $command }` vai atsauciet izmaiņas
version-unreleased = lapas tekstā ({ $language }) ir izmaiņas, kas vēl nav reģistrētas kā versija (datums { $date })
version-never-recorded = lapai ({ $language }) vēl nav nevienas reģistrētas versijas (tās datums būtu { $date })
version-unreleased-hint = palaidiet `{ $command }` un iesniedziet (commit) { $folder } un { $ledger } kopā ar izmaiņām
ledger-missing = publicēto versiju reģistrā ir versijas, bet nav žurnāla: nevar pārbaudīt, kuras versijas tajā ir
ledger-missing-hint = palaidiet `privatums release`, lai uzrakstītu { $ledger }, vai atjaunojiet to no git, un iesniedziet (commit) to
ledger-record-twice = žurnālā reģistrs { $folder } minēts divreiz
ledger-restore-hint = atjaunojiet { $ledger } un reģistru no git (`git checkout -- { $ledger }`): tos raksta tikai `privatums release`
ledger-version-gone = reģistrā norādīts, ka ir { $owner } versija { $version }, bet tās mapes vairs nav
ledger-version-gone-hint = atjaunojiet to no git (`git checkout -- { $folder }`): reģistrētu versiju nekad nedzēš
ledger-version-unnamed = versijas { $version } nav žurnālā: tajā ir katra reģistra versijas līdz tā jaunākajai
ledger-version-unnamed-hint = atjaunojiet { $ledger } no git (apvienojot zarus, varēja pazust reģistra `[[record]]` vai tā `latest`): to raksta tikai `privatums release`
record-copied = { $folder } ir reģistra { $other } kopija ({ $count } versijas): reģistrs pieder lapai, kurai tas ierakstīts, un žurnāls šo mapi nekur nenosauc
record-copied-hint = izdzēsiet { $folder }: šīs lapas versijas sāksies ar tās pirmo `{ $release }`
record-not-in-ledger = { $folder } ir versijas ({ $versions }), ko žurnāls nekur nenosauc
record-not-in-ledger-hint = ja mape nokopēta no citas iestādes, izdzēsiet { $folder }; citādi atjaunojiet { $ledger } no git (apvienošana var būt izmetusi tās `[[record]]`): to raksta tikai `privatums release`
ledger-head-differs = žurnālā norādītais { $owner } jaucējkods ({ $language }) nav pēdējās reģistrētās versijas ({ $version }) jaucējkods: kāda reģistrēta versija ir dzēsta, aizstāta vai mainīta
release-nothing = nav ko reģistrēt: katras lapas teksts ir tās pēdējā reģistrētā versija
release-recorded = reģistrēta versija { $folder } ({ $languages })
release-ledger-written = uzrakstīts { $ledger }, kurā norādīts, kur beidzas katrs reģistrs: iesniedziet (commit) to
release-review = pārskatiet izmaiņas ar `privatums serve`, tad iesniedziet (commit) jaunās mapes un { $ledger }
release-date-unchanged = lapas teksts mainīts kopš versijas { $version }, bet `{ $key }` joprojām ir { $date }
release-date-unchanged-hint = ierakstiet `{ $key }` mainītās politikas publicēšanas datumu un palaidiet `privatums release` vēlreiz
release-write-failed = neizdevās ierakstīt publicēto versiju reģistru: { $detail }
lock-waiting = gaida, kamēr { $holder ->
        [release] beigsies cita šīs vietnes `privatums release` izpilde (tā aizņēmusi { $folder })…
       *[build] beigsies cits privatums būvējums mapē { $folder }…
    }
release-lock-failed = neizdevās pārliecināties, ka šai vietnei nedarbojas cita `privatums release` izpilde: { $detail }
release-lock-failed-hint = { $folder } jābūt mapei, ko privatums var atvērt: `privatums release` to aizņem visu izpildes laiku

## Ko atbildēja operētājsistēma, kā detaļa (src/diagnostic/os.rs)
os-not-found = šāda faila vai mapes nav
os-permission-denied = piekļuve liegta
os-already-exists = tas jau pastāv
os-is-a-folder = tā ir mape, nevis fails
os-not-a-folder = daļa ceļa ir fails, nevis mape
os-folder-not-empty = mape nav tukša
os-read-only = disks ir pieejams tikai lasīšanai
os-disk-full = disks ir pilns
os-quota-exceeded = diska kvota ir izsmelta
os-file-too-large = fails šim diskam ir pārāk liels
os-invalid-file-name = faila nosaukums nav atļauts (pārāk garš vai ar rakstzīmi, ko disks nepieņem)
os-busy = to izmanto cita programma
os-invalid-data = saturs nav derīgs (teksta failam jābūt UTF-8 kodējumā)
os-out-of-memory = nepietiek atmiņas
os-address-in-use = adresi izmanto cita programma
os-address-not-available = šim datoram nav šādas adreses
os-too-many-watches = sasniegts ierobežojums, cik mapēm viens lietotājs var sekot (fs.inotify.max_user_watches)
os-other = { $detail }

## Komandrinda, ko clap nevarēja saprast (src/usage_error.rs)
usage-unknown-command = komandas '{ $command }' nav
usage-unknown-argument = negaidīts arguments '{ $argument }'
usage-value-missing = opcijai '{ $argument }' vajag vērtību, bet tā nav norādīta
usage-invalid-value = '{ $value }' nav derīga opcijas '{ $argument }' vērtība
usage-invalid-value-because = '{ $value }' nav derīga opcijas '{ $argument }' vērtība: { $reason }
usage-argument-missing = { $count ->
        [one] trūkst obligātā argumenta
       *[other] trūkst obligāto argumentu
    }: { $arguments }
usage-command-missing = '{ $command }' vajag komandu: { $commands }
usage-argument-repeated = opciju '{ $argument }' var norādīt tikai vienreiz
usage-argument-conflict = '{ $argument }' nevar lietot kopā ar '{ $other }'
usage-not-utf8 = kāds arguments nav derīgs UTF-8 teksts
usage-similar-command = ir līdzīga komanda: '{ $command }'
usage-similar-argument = ir līdzīga opcija: '{ $argument }'
usage-similar-value = ir līdzīga vērtība: '{ $value }'
usage-allowed-values = derīgās vērtības: { $values }
usage-more = plašāka informācija: '{ $command } --help'
port-invalid = ports ir vesels skaitlis no 0 līdz 65535
interface-invalid = norādiet IP adresi, piemēram, 127.0.0.1 vai ::1
usage-option-of-command = '{ $argument }' ir komandas '{ $command }' opcija: norādiet to aiz komandas
