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
# Teikums, kas vēl nav pārcelts uz katalogiem.
untranslated = { $text }

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
invalid-type-hint-text = rakstiet vērtību kā tekstu pēdiņās, piemēram, "67223131"
invalid-type-hint = kāda veida vērtība šai atslēgai vajadzīga, skatiet docs/satura-modelis.md
duplicate-key = šī atslēga tabulā jau ir
duplicate-key-hint = katra atslēga tabulā drīkst būt tikai vienreiz; izdzēsiet vai pārdēvējiet vienu no tām
invalid-toml = kļūda TOML pierakstā: { $detail }
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
