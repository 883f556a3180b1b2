/**
 * Raw word lists for the synthetic corpus: real German stems, compound parts,
 * inflection classes, names, places and outlets. Lists are in rough frequency
 * order (the generator draws from them by Zipf rank).
 *
 * Noun specs are `Singular/gender/plural`: gender `m`, `f` or `n`; plural a
 * suffix (`e`, `en`, `n`, `er`, `s`, `nen`, `se`), `-` (same as singular),
 * `0` (no plural) or `=Form` (the whole plural, for umlaut plurals). A leading
 * `*` marks a weak masculine noun (`Soldat` -> `den Soldaten`).
 *
 * @module
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Frequent nouns of news about the war, in rough frequency order. */
export const CORE_NOUNS = words(`
*Soldat/m/en Truppe/f/n Krieg/m/e Regierung/f/en Land/n/=Länder Armee/f/n Region/f/en Angriff/m/e Einsatz/m/=Einsätze
Gebiet/n/e Vertrag/m/=Verträge Abkommen/n/- Verlust/m/e Angabe/f/n Jahr/n/e Woche/f/n Monat/m/e Tag/m/e *Präsident/m/en
Front/f/en Geheimdienst/m/e Munition/f/0 Waffe/f/n Bericht/m/e Zahl/f/en Seite/f/n Kampf/m/=Kämpfe Sprecher/m/- Mann/m/=Männer
Rakete/f/n Drohne/f/n Sanktion/f/en Unterstützung/f/en Zusammenarbeit/f/0 Führung/f/en Ministerium/n/=Ministerien Minister/m/-
Staat/m/en Grenze/f/n Stadt/f/=Städte Lage/f/n *Mensch/m/en Frage/f/n Entsendung/f/en Verhandlung/f/en Gespräch/n/e Partner/m/-
Machthaber/m/- Militär/n/s Westen/m/0 Offensive/f/n Gegenoffensive/f/n Einheit/f/en Hilfe/f/n Lieferung/f/en Geschoss/n/e
Verteidigungsabkommen/n/- Grenzregion/f/en Nachrichtenagentur/f/en Außenministerium/n/=Außenministerien Verteidigungsministerium/n/=Verteidigungsministerien
Generalstab/m/=Generalstäbe Ausbildung/f/en Partnerschaft/f/en Vorwurf/m/=Vorwürfe Schätzung/f/en Information/f/en Erklärung/f/en
Mitteilung/f/en Beteiligung/f/en Kontrolle/f/n Position/f/en Stellung/f/en Zeit/f/en Welt/f/en Ziel/n/e Plan/m/=Pläne Entscheidung/f/en
Offizier/m/e General/m/=Generäle Kommandeur/m/e Brigade/f/n Division/f/en Bataillon/n/e Schlacht/f/en Vorstoß/m/=Vorstöße
Artillerie/f/n Panzer/m/- Flugzeug/n/e Ausrüstung/f/en Bündnis/n/se Frieden/m/0 Treffen/n/- Besuch/m/e Gipfel/m/- Quelle/f/n
Zeitung/f/en Sender/m/- Bild/n/er Aufnahme/f/n Antwort/f/en Strategie/f/n Lösung/f/en Wahl/f/en Beobachter/m/- *Experte/m/n
Bevölkerung/f/en Dorf/n/=Dörfer Opfer/n/- *Zivilist/m/en Frau/f/en Kind/n/er Familie/f/n Verstärkung/f/en Nachschub/m/0
Stationierung/f/en Ankunft/f/=Ankünfte Truppenentsendung/f/en Artilleriegeschoss/n/e Raketengeschoss/n/e Kampfhandlung/f/en
Frontlinie/f/n Beobachtungsposten/m/- Kontrollpunkt/m/e Drohnenangriff/m/e Artilleriebeschuss/m/0 Militärkommission/f/en
Arbeiterpartei/f/en Staatsagentur/f/en Kremlchef/m/s Staatschef/m/s Regierungschef/m/s Videoschalte/f/n Beistandspakt/m/e
Partnerschaftsvertrag/m/=Partnerschaftsverträge Ratifizierungsurkunde/f/n Geheimdienstausschuss/m/=Geheimdienstausschüsse
Sicherheitsrat/m/=Sicherheitsräte Luftlandebrigade/f/n Volksarmee/f/n Streitkraft/f/=Streitkräfte Militäreinsatz/m/=Militäreinsätze
Waffenlieferung/f/en Munitionslieferung/f/en Regierungsvertreter/m/- Sprecherin/f/nen Ministerin/f/nen Kanzler/m/- Botschafter/m/-
Behörde/f/n Partei/f/en Parlament/n/e Gesetz/n/e Resolution/f/en Vereinbarung/f/en Befreiung/f/en Rückeroberung/f/en Invasion/f/en
Aggression/f/en Verstoß/m/=Verstöße Völkerrecht/n/0 Recht/n/e Gefahr/f/en Risiko/n/=Risiken Schaden/m/=Schäden Milliarde/f/n
Million/f/en Dollar/m/- Euro/m/- Prozent/n/- Kilometer/m/- Ende/n/n Beginn/m/0 Anfang/m/=Anfänge Mitte/f/n Hälfte/f/n Teil/m/e
Gruppe/f/n Reihe/f/n Linie/f/n Raum/m/=Räume Punkt/m/e Fall/m/=Fälle Grund/m/=Gründe Folge/f/n Ergebnis/n/se Signal/n/e Zeichen/n/-
Druck/m/0 Macht/f/=Mächte Kraft/f/=Kräfte Wirtschaft/f/en Handel/m/0 Energie/f/n Technologie/f/n Gegenleistung/f/en Dank/m/0
Ehre/f/n Held/m/en Vaterland/n/=Vaterländer Solidarität/f/0 Professionalität/f/0 Tapferkeit/f/0 Mut/m/0 Spannung/f/en Konflikt/m/e
Krise/f/n Diplomatie/f/0 Regime/n/- Diktatur/f/en Propaganda/f/0 Medium/n/=Medien Video/n/s Satellitenbild/n/er Dokument/n/e
Uniform/f/en Identität/f/en Herkunft/f/=Herkünfte Kamerad/m/en *Verwundete/m/n *Gefangene/m/n *Verletzte/m/n *Tote/m/n
`);

/** Final parts of compounds (the head decides gender and plural). */
export const HEADS = words(`
Abkommen/n/- Vertrag/m/=Verträge Region/f/en Gebiet/n/e Grenze/f/n Behörde/f/n Ministerium/n/=Ministerien Minister/m/- Sprecher/m/-
Chef/m/s Dienst/m/e Einheit/f/en Truppe/f/n *Soldat/m/en Einsatz/m/=Einsätze Lage/f/n Krise/f/n Konflikt/m/e Politik/f/en
Strategie/f/n Plan/m/=Pläne Programm/n/e Gesetz/n/e Reform/f/en Paket/n/e Hilfe/f/n Lieferung/f/en Angriff/m/e Schlag/m/=Schläge
System/n/e Anlage/f/n Netz/n/e Werk/n/e Zentrum/n/=Zentren Stelle/f/n Amt/n/=Ämter Rat/m/=Räte Ausschuss/m/=Ausschüsse
Kommission/f/en Gipfel/m/- Treffen/n/- Gespräch/n/e Verhandlung/f/en Erklärung/f/en Bericht/m/e Meldung/f/en Quelle/f/n Kreis/m/e
*Experte/m/n Lager/n/- Markt/m/=Märkte Preis/m/e Frage/f/n Fall/m/=Fälle Zahl/f/en Wert/m/e Ziel/n/e Linie/f/n Punkt/m/e
Posten/m/- Stellung/f/en Basis/f/=Basen Stützpunkt/m/e Hafen/m/=Häfen Brücke/f/n Straße/f/n Weg/m/e Route/f/n Korridor/m/e Zone/f/n
Raum/m/=Räume Bereich/m/e Sektor/m/en Front/f/en Kampf/m/=Kämpfe Schlacht/f/en Offensive/f/n Operation/f/en Übung/f/en Manöver/n/-
Ausbildung/f/en Schulung/f/en Versorgung/f/en Produktion/f/en Fabrik/f/en Industrie/f/n Wirtschaft/f/en Handel/m/0 Export/m/e
Import/m/e Sanktion/f/en Embargo/n/s Verbot/n/e Regel/f/n Recht/n/e Pflicht/f/en Vorwurf/m/=Vorwürfe Kritik/f/en Forderung/f/en
Warnung/f/en Drohung/f/en Gefahr/f/en Risiko/n/=Risiken Schaden/m/=Schäden Verlust/m/e Opfer/n/- *Zeuge/m/n Helfer/m/- Kämpfer/m/-
Führer/m/- Kommandeur/m/e Offizier/m/e Mitarbeiter/m/- Vertreter/m/- *Analyst/m/en Forscher/m/- Beobachter/m/- Gegner/m/- Partner/m/-
Staat/m/en Land/n/=Länder Volk/n/=Völker Bevölkerung/f/en Gesellschaft/f/en Partei/f/en Bewegung/f/en Gruppe/f/n Verband/m/=Verbände
Organisation/f/en Initiative/f/n Projekt/n/e Vorhaben/n/- Entwicklung/f/en Lösung/f/en Entscheidung/f/en Beschluss/m/=Beschlüsse
Abstimmung/f/en Wahl/f/en Kampagne/f/n Debatte/f/n Streit/m/e Druck/m/0 Kraft/f/=Kräfte Macht/f/=Mächte Stärke/f/n Fähigkeit/f/en
Reserve/f/n Vorrat/m/=Vorräte Bestand/m/=Bestände Menge/f/n Anteil/m/e Summe/f/n Betrag/m/=Beträge Budget/n/s Haushalt/m/e Fonds/m/-
Mittel/n/- Technik/f/en Technologie/f/n Waffe/f/n Rakete/f/n Drohne/f/n Granate/f/n Munition/f/0 Geschoss/n/e Fahrzeug/n/e Panzer/m/-
Schiff/n/e Flugzeug/n/e *Satellit/m/en Abwehr/f/0 Schutz/m/0 Sicherheit/f/en Kontrolle/f/n Überwachung/f/en Aufklärung/f/en
Information/f/en Nachricht/f/en Botschaft/f/en Signal/n/e Zeichen/n/- Bild/n/er Video/n/s Aufnahme/f/n Karte/f/n Liste/f/n
Dokument/n/e Papier/n/e Brief/m/e Urkunde/f/n Vereinbarung/f/en Zusage/f/n Garantie/f/n Bedingung/f/en Frist/f/en Termin/m/e
Phase/f/n Runde/f/n Woche/f/n Jahr/n/e Monat/m/e Zeitraum/m/=Zeiträume Tag/m/e Nacht/f/=Nächte Stadt/f/=Städte Dorf/n/=Dörfer
Ort/m/e Gemeinde/f/n Bezirk/m/e Provinz/f/en Gefängnis/n/se Haus/n/=Häuser Gebäude/n/- Wohnung/f/en Schule/f/n Anlage/f/n
Einheit/f/en Brigade/f/n Kommando/n/s Stab/m/=Stäbe Leitung/f/en Beratung/f/en Prüfung/f/en Planung/f/en Lieferant/m/en Bedarf/m/0
`);

/** First parts of compounds, with their linking element (`Verteidigungs-`). A trailing `-` keeps a hyphen. */
export const MODIFIERS = words(`
Grenz Verteidigungs Sicherheits Militär Truppen Waffen Regierungs Partei Wirtschafts Energie Luft Raketen Artillerie Friedens Kriegs
Außen Innen Staats Landes Bundes Volks Arbeits Handels Finanz Geheimdienst Nachrichten Presse Medien Flüchtlings Hilfs Versorgungs
Nachschub Front Kampf Panzer Drohnen Marine Infanterie Spezial Elite Ausbildungs Rüstungs Atom Nuklear Wahl Verhandlungs Gesprächs
Sanktions Export Import Zoll Steuer Haushalts Bildungs Gesundheits Kranken Renten Umwelt Klima Wasser Strom Gas Öl Kohle Stahl Auto
Bahn Flug Hafen Stadt Dorf Gemeinde Bezirks Regional Kommunal Europa Welt Ost West Nord Süd Nachbar Partner Bündnis Zivil
Bevölkerungs Schutz Not Krisen Katastrophen Wiederaufbau Winter Sommer Frühjahrs Herbst Jahres Monats Tages Sonder Haupt Ober
Gegen Rück Teil Groß Klein Kurz Lang Fern Nah Hoch Tief Schnell Luftabwehr Boden See Küsten Berg Wald Feld Straßen Brücken
Schienen Lager Depot Munitions Treibstoff Lebensmittel Getreide Dünger Medikamenten Impf Sanitäts Rettungs Feuerwehr Polizei Justiz
Gerichts Straf Menschenrechts Völkerrechts Verfassungs Parlaments Senats Kabinetts Kanzler Präsidenten Minister Botschafts
Konsulats Diplomaten Beamten Offiziers Soldaten Rekruten Reservisten Veteranen Gefangenen Geisel Opfer Toten Verwundeten
Informations Propaganda Desinformations Cyber Internet Computer Daten Satelliten Radar Funk Telefon Video Foto Film Fernseh Radio
Zeitungs Agentur Kontroll Überwachungs Aufklärungs Spionage Abwehr Angriffs Einsatz Übungs Manöver Mobilisierungs Rekrutierungs
Stationierungs Entsendungs Rückzugs Vormarsch Offensiv Defensiv Verstärkungs Ersatz Reserve Kommando Führungs Stabs Generalstabs
Brigade Divisions Bataillons Regiments Kern Kommunikations Koordinations Kooperations Partnerschafts Beistands Freundschafts
Transport Logistik Industrie Produktions Technologie Forschungs Entwicklungs Handlungs Planungs Ermittlungs Untersuchungs
US- EU- Nato- UN- Kreml- Ukraine- Russland- Nordkorea- Kursk- Kim- Putin- Selenskyj- G7- Nahost-
`);

/** Frequent adjective stems (inflected by adding -e, -en, -er, -es, -em). */
export const ADJECTIVES = words(`
russisch nordkoreanisch ukrainisch neu erst weit südkoreanisch militärisch groß westlich international letzt hoh ander politisch
amerikanisch eigen wichtig staatlich offiziell direkt zusätzlich möglich chinesisch europäisch deutsch schwer öffentlich aktuell
bisherig künftig vergangen strategisch diplomatisch zivil massiv heftig stark klein alt lang kurz schnell gegenseitig sofortig
vollständig erheblich deutlich klar unklar bekannt unbekannt angeblich mutmaßlich zentral regional national lokal geheim umfassend
humanitär nuklear konventionell modern sowjetisch jung erfahren unerfahren gut schlecht hart scharf gefährlich sicher unsicher frei
besetzt umkämpft zerstört beschädigt verletzt getötet verwundet weiter gesamt ganz tief nah fern japanisch britisch französisch polnisch
iranisch belarussisch kasachisch syrisch israelisch türkisch indisch koreanisch kommunistisch autoritär demokratisch isoliert abgeschottet
mächtig schwach knapp genau weitgehend zahlreich einzeln verschieden ähnlich gleich beid entscheidend zuständig verantwortlich
unabhängig überprüfbar vorläufig endgültig kritisch ernst blutig tödlich erfolgreich gescheitert siegreich tapfer mutig loyal
fortgeschritten vorderst hinter intensiv kontinuierlich dauerhaft regelmäßig täglich wöchentlich monatlich jährlich früher spät
rasch langsam breit schmal dicht leer voll offen verdeckt formell informell technisch logistisch operativ taktisch medizinisch
wirtschaftlich finanziell rechtlich völkerrechtlich menschlich unmenschlich unmoralisch kriminell illegal legal offensichtlich
`);

/** Second parts of compound adjectives (`sicherheits|politisch`). */
export const ADJECTIVE_HEADS = words(`politisch strategisch technisch rechtlich wirtschaftlich relevant fähig bezogen nah erfahren kritisch`);

/** Nationality adjectives usable with `-e`/`-en` and as `nordkoreanischer Soldaten`. */
export const NATION_ADJECTIVES = words(`nordkoreanisch russisch ukrainisch südkoreanisch amerikanisch chinesisch europäisch westlich iranisch`);

/**
 * Verbs with explicit forms: `3sg|3pl|3sgPast|3plPast|participle|aux|transitive`.
 * aux `h` = haben, `s` = sein; transitive `t` or `i`.
 */
export const IRREGULAR_VERBS = words(`
gibt|geben|gab|gaben|gegeben|h|t
nimmt|nehmen|nahm|nahmen|genommen|h|t
kommt|kommen|kam|kamen|gekommen|s|i
steht|stehen|stand|standen|gestanden|h|i
hält|halten|hielt|hielten|gehalten|h|t
entsendet|entsenden|entsandte|entsandten|entsandt|h|t
schickt|schicken|schickte|schickten|geschickt|h|t
sieht|sehen|sah|sahen|gesehen|h|t
liegt|liegen|lag|lagen|gelegen|h|i
erhält|erhalten|erhielt|erhielten|erhalten|h|t
unterstützt|unterstützen|unterstützte|unterstützten|unterstützt|h|t
verliert|verlieren|verlor|verloren|verloren|h|t
fällt|fallen|fiel|fielen|gefallen|s|i
stirbt|sterben|starb|starben|gestorben|s|i
trifft|treffen|traf|trafen|getroffen|h|t
bestätigt|bestätigen|bestätigte|bestätigten|bestätigt|h|t
bringt|bringen|brachte|brachten|gebracht|h|t
nennt|nennen|nannte|nannten|genannt|h|t
spricht|sprechen|sprach|sprachen|gesprochen|h|i
schreibt|schreiben|schrieb|schrieben|geschrieben|h|t
beginnt|beginnen|begann|begannen|begonnen|h|t
gewinnt|gewinnen|gewann|gewannen|gewonnen|h|t
zieht|ziehen|zog|zogen|gezogen|h|t
flieht|fliehen|floh|flohen|geflohen|s|i
bleibt|bleiben|blieb|blieben|geblieben|s|i
schlägt|schlagen|schlug|schlugen|geschlagen|h|t
trägt|tragen|trug|trugen|getragen|h|t
lässt|lassen|ließ|ließen|gelassen|h|t
beschließt|beschließen|beschloss|beschlossen|beschlossen|h|t
schließt|schließen|schloss|schlossen|geschlossen|h|t
verbietet|verbieten|verbot|verboten|verboten|h|t
bietet|bieten|bot|boten|geboten|h|t
betrifft|betreffen|betraf|betrafen|betroffen|h|t
übernimmt|übernehmen|übernahm|übernahmen|übernommen|h|t
verspricht|versprechen|versprach|versprachen|versprochen|h|t
erleidet|erleiden|erlitt|erlitten|erlitten|h|t
verschweigt|verschweigen|verschwieg|verschwiegen|verschwiegen|h|t
besteht|bestehen|bestand|bestanden|bestanden|h|i
tritt|treten|trat|traten|getreten|s|i
wächst|wachsen|wuchs|wuchsen|gewachsen|s|i
steigt|steigen|stieg|stiegen|gestiegen|s|i
sinkt|sinken|sank|sanken|gesunken|s|i
entscheidet|entscheiden|entschied|entschieden|entschieden|h|i
weiß|wissen|wusste|wussten|gewusst|h|t
kennt|kennen|kannte|kannten|gekannt|h|t
findet|finden|fand|fanden|gefunden|h|t
empfängt|empfangen|empfing|empfingen|empfangen|h|t
beschießt|beschießen|beschoss|beschossen|beschossen|h|t
vertreibt|vertreiben|vertrieb|vertrieben|vertrieben|h|t
ergreift|ergreifen|ergriff|ergriffen|ergriffen|h|t
überwindet|überwinden|überwand|überwanden|überwunden|h|t
unterzeichnet|unterzeichnen|unterzeichnete|unterzeichneten|unterzeichnet|h|t
verhängt|verhängen|verhängte|verhängten|verhängt|h|t
`);

/** Regular (weak) verb stems; `-ern`/`-eln` verbs end in `er`/`el`. */
export const WEAK_VERBS = words(`
meld bericht erklär forder stärk verstärk sicher zeig stell setz führ brauch plan bau hol kämpf töt verletz verwund zerstör
beschädig besetz erober verteidig lenk leit rüst bewaffn arbeit antwort erwart fürcht hoff glaub bestell wähl zähl erzähl bezahl
füll erfüll verhandel handel sammel wechsel regel erhöh senk locker verschärf verlänger verkürz beend begründ gründ bild bewert
beobacht betracht beacht belast entlast rett bedroh droh warn mahn verurteil teil verteil verweiger befrei beschaff schaff kauf
verkauf lager liefer sperr äußer steuer förder verzöger verhinder veränder erweiter verbesser bezeichn rechn bestreit? verleg
verlager vermut vermeld bekräftig beton betreu verfolg versorg verschick verstärk verbünd berücksichtig ermöglich verursach
erschwer vereinbar begrüß verdächtig beschuldig bezweifel schätz einschätz? verschleier tarn versteck entdeck enthüll verbreit
behaupt widerleg untersuch prüf überprüf ermittel verhaft festnehm? bestraf entlass ersetz ergänz verdoppel verdreifach
`).filter((w) => !w.endsWith('?'));

/** Stems of `-ieren` verbs (`stationier` -> `stationiert`). */
export const IEREN_VERBS = words(`
stationier mobilisier koordinier ratifizier kritisier finanzier organisier kontrollier informier diskutier reformier modernisier
evakuier blockier bombardier attackier dementier akzeptier ignorier analysier dokumentier identifizier registrier rekrutier
trainier installier produzier exportier importier operier patrouillier eskalier stabilisier destabilisier sabotier zitier
publizier kommentier demonstrier investier subventionier garantier respektier provozier manipulier instrumentalisier legitimier
verifizier prognostizier signalisier thematisier konzentrier positionier formier konsolidier kompensier revidier korrigier
interpretier präsentier dominier eliminier neutralisier annektier okkupier infiltrier transportier deportier internier
inhaftier nominier delegier autorisier legalisier kriminalisier sanktionier zensier kooperier kollaborier halb
`);

/** Adverbs and particles for the middle field, in rough frequency order. */
export const ADVERBS = words(`
auch nicht noch bereits nun zudem offenbar erstmals bislang jedoch weiter allerdings demnach bisher inzwischen mittlerweile
ebenfalls weiterhin derzeit zunächst damals später zuletzt gleichzeitig dennoch trotzdem deshalb daher somit also vor_allem
insbesondere vermutlich möglicherweise wahrscheinlich angeblich tatsächlich offiziell erneut wieder immer_wieder stets oft selten
kaum fast nahezu rund etwa knapp mindestens höchstens fortan seither seitdem indes unterdessen kürzlich jüngst heute gestern
morgen bald demnächst vorerst vorläufig zugleich außerdem ferner überdies darüber_hinaus dabei dazu dafür dagegen daraufhin
`).map((w) => w.replace(/_/g, ' '));

/** Sentence-initial connectives (followed by the finite verb). */
export const CONNECTIVES = words(`
Zudem Außerdem Inzwischen Mittlerweile Bislang Bisher Allerdings Dennoch Trotzdem Deshalb Daher Demnach Zuvor Später Zuletzt
Gleichzeitig Unterdessen Indes Damals Seither Nun Jetzt Offenbar Dabei Darüber_hinaus Insgesamt Immerhin Ebenfalls Vermutlich
`).map((w) => w.replace(/_/g, ' '));

/** Subordinating conjunctions for verb-final clauses. */
export const SUBORDINATORS = words(`dass dass dass weil da nachdem obwohl während wenn bevor seit damit sodass falls`);

/** Place names: `name/article/gender` (article `0` = none, `d` = definite). */
export const PLACES = words(`
Russland/0/n Nordkorea/0/n Ukraine/d/f Kursk/0/n Kiew/0/n Moskau/0/n Pjöngjang/0/n Südkorea/0/n Seoul/0/n China/0/n USA/d/p
Washington/0/n Belgorod/0/n Brjansk/0/n Sudscha/0/n Charkiw/0/n Donezk/0/n Luhansk/0/n Saporischschja/0/n Cherson/0/n Pokrowsk/0/n
Bachmut/0/n Odessa/0/n Lwiw/0/n Dnipro/0/n Berlin/0/n Brüssel/0/n Peking/0/n Tokio/0/n Wladiwostok/0/n Chabarowsk/0/n Rostow/0/n
Sewastopol/0/n Krim/d/f Iran/d/m Belarus/0/n Japan/0/n Deutschland/0/n Frankreich/0/n Polen/0/n Europa/0/n Sumy/0/n Kupjansk/0/n
Isjum/0/n Mariupol/0/n Melitopol/0/n Tschassiw_Jar/0/n Wuhledar/0/n Kramatorsk/0/n Slowjansk/0/n Kasan/0/n Nowosibirsk/0/n
`).map((w) => w.replace(/_/g, ' '));

/** People named in news: `Full Name|short|title` (title is a dative-less noun phrase). */
export const PEOPLE = `
Wladimir Putin|Putin|Kremlchef
Wolodymyr Selenskyj|Selenskyj|der ukrainische Präsident
Kim Jong Un|Kim|Machthaber
Kim Jong-un|Kim|der nordkoreanische Machthaber
Waleri Gerassimow|Gerassimow|Generalstabschef
Dmitri Peskow|Peskow|Kremlsprecher
Sergej Lawrow|Lawrow|Außenminister
Andrej Beloussow|Beloussow|Verteidigungsminister
Oleksandr Syrskyj|Syrskyj|Oberbefehlshaber
Kyrylo Budanow|Budanow|Geheimdienstchef
Andrii Tscherniak|Tscherniak|Sprecher
John Kirby|Kirby|Sicherheitssprecher
Vedant Patel|Patel|Sprecher
Antony Blinken|Blinken|US-Außenminister
Lloyd Austin|Austin|US-Verteidigungsminister
Joe Biden|Biden|US-Präsident
Donald Trump|Trump|US-Präsident
Mark Rutte|Rutte|Nato-Generalsekretär
Olaf Scholz|Scholz|Bundeskanzler
Boris Pistorius|Pistorius|Verteidigungsminister
Annalena Baerbock|Baerbock|Außenministerin
Kaja Kallas|Kallas|EU-Außenbeauftragte
Yoon Suk Yeol|Yoon|der südkoreanische Präsident
Choe Son Hui|Choe|Außenministerin
Lee Seong Kweun|Lee|der Abgeordnete
Steve Witkoff|Witkoff|US-Sondergesandter
Andrij Kowalenko|Kowalenko|Sprecher
`
  .trim()
  .split('\n')
  .map((l) => {
    const [full, short, title] = l.split('|');
    return { full: full!, short: short!, title: title! };
  });

/** Given names and surnames for experts and officials. */
export const GIVEN_NAMES = words(`
Anna Thomas Michael Andreas Stefan Christian Markus Julia Katrin Sabine Peter Martin Sergej Olga Iwan Natalja Dmitri Jelena
Oleksandr Olena Mykola Iryna Jurij Tetjana Min-jun Ji-woo Seo-yeon Hyun-woo Sung-ho Mi-rae Daniel Sarah Laura Jan Felix Lukas
Claudia Gustav Nico Ulrich Margarete Franziska Tobias Johannes
`);
export const SURNAMES = words(`
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz
Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler Maier Huber Baumann Frank Iwanow Smirnow Kusnezow Popow
Wassiljew Petrow Sokolow Melnyk Schewtschenko Bondarenko Tkatschenko Krawtschenko Oliinyk Kim Lee Park Choi Jung Kang Cho Yoon
Jang Lim Masala Gressel Mölling Major Kofman Lee Bilban Heusgen Kiesewetter Strack-Zimmermann Hofreiter Wadephul
`);

/** Institutions an expert may work for (dative after `vom`/`von der`). */
export const INSTITUTES = [
  'vom Institut für Kriegsstudien (ISW)',
  'von der Stiftung Wissenschaft und Politik',
  'vom International Institute for Strategic Studies',
  'von der Universität der Bundeswehr',
  'vom Kieler Institut für Weltwirtschaft',
  'von der Denkfabrik Carnegie',
  'vom Zentrum für Osteuropastudien',
  'vom Korea Institute for National Unification',
  'von der Deutschen Gesellschaft für Auswärtige Politik',
  'vom Österreichischen Bundesheer',
];

/** Media cited inside articles (claimants, not the article's outlet). */
export const CITED_MEDIA = words(`
Tagesschau ZDF Deutschlandfunk New_York_Times Washington_Post Wall_Street_Journal Financial_Times Kyiv_Independent BBC CNN
Bild Spiegel Reuters Bloomberg Yonhap KCNA TASS RIA_Nowosti Interfax Ukrajinska_Prawda Meduza Politico
`).map((w) => w.replace(/_/g, ' '));

/** Outlets: `name|domain|style|country` (style picks the page layout). */
export const OUTLETS = `
ntv.de|ntv.de|ntv|DE
tagesschau.de|tagesschau.de|tagesschau|DE
ZEIT ONLINE|zeit.de|zeit|DE
SPIEGEL|spiegel.de|spiegel|DE
FAZ.NET|faz.net|plain|DE
Süddeutsche Zeitung|sueddeutsche.de|plain|DE
WELT|welt.de|plain|DE
t-online|t-online.de|plain|DE
RND|rnd.de|plain|DE
Tagesspiegel|tagesspiegel.de|plain|DE
Frankfurter Rundschau|fr.de|merkur|DE
Merkur|merkur.de|merkur|DE
stern|stern.de|plain|DE
MDR|mdr.de|tagesschau|DE
BR24|br.de|tagesschau|DE
Deutschlandfunk|deutschlandfunk.de|plain|DE
NZZ|nzz.ch|nzz|CH
20 Minuten|20min.ch|20min|CH
Blick|blick.ch|blue|CH
SRF|srf.ch|nzz|CH
watson|watson.ch|blue|CH
bluewin|bluewin.ch|blue|CH
Tages-Anzeiger|tagesanzeiger.ch|20min|CH
derStandard|derstandard.at|standard|AT
Die Presse|diepresse.com|standard|AT
ORF|orf.at|standard|AT
Kurier|kurier.at|standard|AT
Reuters|reuters.com|reuters|INT
`
  .trim()
  .split('\n')
  .map((l) => {
    const [name, domain, style, country] = l.split('|');
    return { name: name!, domain: domain!, style: style!, country: country! };
  });

/** Agencies as they appear in source lines and tags. */
export const AGENCIES = words(`dpa AFP Reuters AP Keystone-SDA APA KNA epd`);

/** Author codes in tags like `(jal/dpa)`. */
export const AUTHOR_CODES = words(`jal gut lsf red sda dkr mbo ast jki cls hul pst rog fzi mkr hor wue aks bpo`);

/** Weekday names (index 0 = Sunday, like Date#getDay). */
export const WEEKDAYS = words(`Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag`);

/** Month names (index 0 = Januar). */
export const MONTHS = words(`Januar Februar März April Mai Juni Juli August September Oktober November Dezember`);

/** Number words for small counts. */
export const NUMBER_WORDS = words(`null ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf`);

/** Reader-comment lines and user names (junk at the end of a page). */
export const COMMENT_TEXTS = [
  'Mal gucken, was als Nächstes kommt.',
  'Der Kursk Move war närrisch',
  'Kim verheizt seine eigenen Leute, unglaublich.',
  'Und der Westen schaut zu.',
  'Woher stammen diese Zahlen eigentlich?',
  'Das ist schrecklich für die jungen Soldaten.',
  'Propaganda auf beiden Seiten, wie immer.',
  'Wer glaubt denn noch an Verhandlungen?',
  'Endlich berichtet mal jemand darüber.',
  'Typisch, erst leugnen und dann zugeben.',
  'Die armen Menschen in der Region.',
  'Warum wird das erst jetzt bestätigt?',
  'Man sollte die Sanktionen verschärfen.',
  'Traurig, einfach nur traurig.',
  'Das war doch von Anfang an klar!!',
  'Interessant, dass niemand darüber spricht',
];
export const COMMENT_USERS = words(`Hansueli Beat_ZH Kim_Gegner Beobachter77 Realist_2024 Peter_M. Sandra_K Ostfront_Fan Leser123 Vernunft Zaungast Nachdenker Max_Mustermann Grauzone`);
