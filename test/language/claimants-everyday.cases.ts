/**
 * Everyday attributions of German news (issue 12): my own sentences, never
 * third-party text. `text` is one paragraph, or several separated by a blank
 * line (the last is the one checked; the ones before are its context);
 * `at` is the sentence index in the last paragraph (default: its last
 * sentence); `want` is the claimant's display, or null when the sentence names
 * no claimant.
 */
export interface ClaimantCase {
  text: string;
  want: string | null;
  at?: number;
}

export const CASES: ClaimantCase[] = [
  // wie X mitteilte / berichtete / erklärte …
  { text: 'Das Feuer ist unter Kontrolle, wie die Behörden am Abend mitteilten.', want: 'authorities' },
  { text: 'Wie die Behörden mitteilten, wurden 40 Häuser geräumt.', want: 'authorities' },
  { text: 'Wie die Polizei mitteilte, wurde ein Mann festgenommen.', want: 'police' },
  { text: 'Zwei Menschen starben, wie die Feuerwehr berichtete.', want: 'fire brigade' },
  { text: 'Wie die Staatsanwaltschaft bekanntgab, wird gegen drei Personen ermittelt.', want: 'prosecutors' },
  { text: 'Die Straße bleibt gesperrt, wie der Zivilschutz erklärte.', want: 'civil protection' },
  { text: 'Wie das Innenministerium mitteilte, stieg die Zahl der Toten auf 480.', want: 'interior ministry' },
  { text: 'Wie die Nachrichtenagentur AFP berichtete, wurden die Gespräche vertagt.', want: 'AFP (news agency)' },
  { text: 'Wie Reuters meldete, will die Regierung das Paket am Freitag beschließen.', want: 'Reuters (news agency)' },
  { text: 'Wie das Unternehmen mitteilte, sind 1200 Stellen betroffen.', want: 'the company' },
  { text: 'Wie die Stadt mitteilte, öffnen die Schulen am Montag wieder.', want: 'the city' },
  { text: 'Wie das Rote Kreuz berichtete, fehlt es an Trinkwasser.', want: 'Red Cross' },
  { text: 'Wie die Weltgesundheitsorganisation mitteilte, sind 12 Länder betroffen.', want: 'WHO (World Health Organization)' },
  { text: 'Wie die Regierung in Rom mitteilte, werden 40 Millionen Euro bereitgestellt.', want: 'Regierung in Rom' },
  { text: 'Wie Staatsmedien berichteten, traf der Präsident am Abend in Peking ein.', want: 'state media' },
  { text: 'Der Flughafen bleibt geschlossen, wie ein Sprecher der Polizei sagte.', want: 'police spokesperson' },
  { text: 'Die Lage sei stabil, wie ein Sprecher des Krankenhauses sagte.', want: 'Sprecher des Krankenhauses' },
  { text: 'Wie die Gewerkschaft mitteilte, beteiligten sich 3000 Beschäftigte an dem Streik.', want: 'union' },
  { text: 'Wie die Bahn mitteilte, fallen alle Züge aus.', want: 'the railway' },
  { text: 'Wie die Armee mitteilte, wurden zwei Drohnen abgeschossen.', want: 'the army' },

  // nach (offiziellen …) Angaben, laut offiziellen Angaben, offiziellen Angaben zufolge
  { text: 'Nach offiziellen Angaben kamen 23 Menschen ums Leben.', want: 'official sources' },
  { text: 'Offiziellen Angaben zufolge wurden 800 Menschen evakuiert.', want: 'official sources' },
  { text: 'Laut offiziellen Angaben ist der Brand gelöscht.', want: 'official sources' },
  { text: 'Nach Angaben der Behörden gibt es noch 40 Vermisste.', want: 'authorities' },
  { text: 'Nach Behördenangaben wurden 300 Gebäude zerstört.', want: 'authorities' },
  { text: 'Nach Angaben der Polizei hatte der Fahrer getrunken.', want: 'police' },
  { text: 'Nach Polizeiangaben wurden sechs Menschen verletzt.', want: 'police' },
  { text: 'Nach Angaben der Feuerwehr brach das Feuer in einer Scheune aus.', want: 'fire brigade' },
  { text: 'Laut Feuerwehr war der Brand gegen Mitternacht gelöscht.', want: 'fire brigade' },
  { text: 'Nach Angaben der Rettungskräfte sind noch 15 Menschen eingeschlossen.', want: 'rescue services' },
  { text: 'Nach Angaben des Zivilschutzes mussten 1800 Menschen ihre Häuser verlassen.', want: 'civil protection' },
  { text: 'Nach Angaben des Gesundheitsministeriums werden 90 Verletzte behandelt.', want: 'health ministry' },
  { text: 'Nach Angaben des Unternehmens sind 1200 Gäste betroffen.', want: 'the company' },
  { text: 'Nach Unternehmensangaben scheiterten die Gespräche am Wochenende.', want: 'the company' },
  { text: 'Nach Angaben der Vereinten Nationen sind 2000 Menschen obdachlos.', want: 'UN' },
  { text: 'Nach ersten Schätzungen der Behörden beträgt der Schaden 3 Millionen Euro.', want: 'authorities' },
  { text: 'Nach eigenen Angaben hat die Armee 20 Drohnen abgeschossen.', want: 'the army' },
  { text: 'Nach Angaben von Augenzeugen stürzte das Haus binnen Sekunden ein.', want: 'eyewitnesses' },
  { text: 'Laut Staatsanwaltschaft soll der Mann das Feuer gelegt haben.', want: 'prosecutors' },
  { text: 'Laut dem Innenministerium stieg die Zahl der Toten auf 480.', want: 'interior ministry' },

  // Staatsmedien, Behörden, Polizei … as subjects of verbs of saying
  { text: 'Staatsmedien berichteten am Montag von 30 Toten.', want: 'state media' },
  { text: 'Die Staatsmedien meldeten einen Erfolg der Armee.', want: 'state media' },
  { text: 'Russische Staatsmedien berichteten, die Region sei befreit.', want: 'Russian state media' },
  { text: 'Die Behörden bestätigten den Tod von zwei Urlaubern.', want: 'authorities' },
  { text: 'Die örtlichen Behörden sprachen von einer Katastrophe.', want: 'local authorities' },
  { text: 'Die Polizei teilte mit, der Verdächtige sei 46 Jahre alt.', want: 'police' },
  { text: 'Die Feuerwehr meldete am Abend, das Feuer sei eingedämmt.', want: 'fire brigade' },
  { text: 'Der Zivilschutz erklärte den Brand am Freitag für gelöscht.', want: 'civil protection' },
  { text: 'Die Staatsanwaltschaft geht von Brandstiftung aus.', want: 'prosecutors' },
  { text: 'Das Unternehmen bestätigte den Verkauf.', want: 'the company' },
  { text: 'Die Regierung in Skopje erklärte den Notstand.', want: 'Regierung in Skopje' },
  { text: 'Das Innenministerium bezifferte die Zahl der Opfer auf 480.', want: 'interior ministry' },
  { text: 'Die Weltbank schätzt die Schäden auf 2 Milliarden Dollar.', want: 'World Bank' },
  { text: 'Der Wetterdienst warnte vor neuen Gewittern.', want: 'weather service' },
  { text: 'Das Rote Kreuz meldete 300 Verletzte.', want: 'Red Cross' },

  // beziffert die Zahl … mit / auf
  { text: 'Das Gesundheitsministerium beziffert die Zahl der Toten mit 1870.', want: 'health ministry' },
  { text: 'Die Behörden beziffern die Zahl der Toten mit mehr als 2000.', want: 'authorities' },
  { text: 'Die Zahl der Toten beziffert das Innenministerium mit 480.', want: 'interior ministry' },
  { text: 'Die Polizei bezifferte den Schaden mit 300.000 Euro.', want: 'police' },
  { text: 'Die Feuerwehr beziffert die verbrannte Fläche auf 8500 Hektar.', want: 'fire brigade' },
  { text: 'Die Zahl der Verletzten bezifferten die Behörden am Dienstag mit 31.', want: 'authorities' },
  { text: 'Die UN beziffern die Zahl der Obdachlosen auf 40.000.', want: 'UN' },
  { text: 'Das Pentagon beziffert die Zahl der Soldaten mit rund 11.000.', want: 'Pentagon (US Department of Defense)' },

  // AFP-Bericht, Reuters-Bericht, dpa-Meldung
  { text: 'Ein AFP-Bericht nennt 40 Tote.', want: 'AFP (news agency)' },
  { text: 'Laut einem AFP-Bericht wurden 40 Menschen getötet.', want: 'AFP (news agency)' },
  { text: 'Einem Reuters-Bericht zufolge sind die Gespräche gescheitert.', want: 'Reuters (news agency)' },
  { text: 'Wie aus einem dpa-Bericht hervorgeht, ist die Lage ruhig.', want: 'dpa (German news agency)' },
  { text: 'Einer AFP-Meldung zufolge hat die Armee die Stadt eingenommen.', want: 'AFP (news agency)' },
  { text: 'Nach einem Bericht der Nachrichtenagentur AP sind 20 Menschen tot.', want: 'AP (news agency)' },
  { text: 'In einem AFP-Bericht hieß es, die Lage sei unübersichtlich.', want: 'AFP (news agency)' },
  { text: 'Ein Bericht der New York Times nennt 300 Tote.', want: 'New York Times (US newspaper)' },

  // grammatical subjects of verbs of saying and confirming
  { text: 'Die USA haben die Entsendung der Soldaten bestätigt.', want: 'US' },
  { text: 'Die USA haben am Montag bestätigt, dass Soldaten eingetroffen sind.', want: 'US' },
  { text: 'Deutschland hat die Lieferung der Flugzeuge bestätigt.', want: 'Germany' },
  { text: 'Die Ukraine hat die Angaben zurückgewiesen.', want: 'Ukraine' },
  { text: 'Die Nato hat den Vorfall bestätigt.', want: 'Nato' },
  { text: 'Italien hat die Zahl der Opfer am Mittwoch bestätigt.', want: 'Italy' },
  { text: 'Südkorea bestätigte die Angaben am Dienstag.', want: 'South Korea' },
  { text: 'Japan meldete zwei Verletzte.', want: 'Japan' },
  { text: 'Die EU-Kommission kündigte an, 25 Millionen Euro bereitzustellen.', want: 'EU Commission' },
  { text: 'Das Auswärtige Amt bestätigte den Tod eines Deutschen.', want: 'German foreign office' },

  // back-references to the last named organisation of the matching kind
  {
    text: 'Der südkoreanische Geheimdienst NIS legte am Montag neue Zahlen vor.\n\nDie Agentur erklärte, 300 Soldaten seien getötet worden.',
    want: 'NIS (South Korean intelligence)',
  },
  {
    text: 'Die Nachrichtenagentur Yonhap berief sich auf Militärkreise. Die Agentur meldete zudem 2700 Verwundete.',
    want: 'Yonhap (South Korean news agency)',
  },
  {
    text: 'Das Innenministerium in Skopje legte am Abend eine neue Bilanz vor. Das Ministerium nannte 480 Tote.',
    want: 'interior ministry',
  },
  {
    text: 'Die Polizei in Oristano hat einen Verdächtigen festgenommen.\n\nDie Beamten teilten mit, der Mann sei geständig.',
    want: 'police',
  },
  {
    text: 'Der Konzern Merzinger hat Insolvenz angemeldet. Das Unternehmen teilte mit, der Betrieb laufe weiter.',
    want: 'the company',
  },
  {
    text: 'Die Staatsanwaltschaft Oristano ermittelt. Die Behörde geht von Brandstiftung aus.',
    want: 'prosecutors',
  },
  {
    text: 'Reuters hatte am Morgen als erste berichtet. Wie die Agentur meldete, wurde die Stadt geräumt.',
    want: 'Reuters (news agency)',
  },
  {
    text: 'Das Pentagon äußerte sich am Abend. Das Ministerium sprach von 10.000 Soldaten.',
    want: 'Pentagon (US Department of Defense)',
  },

  // reported speech stops at a new attribution
  {
    text: 'Selenskyj sagte, die Verluste seien hoch. Nach ukrainischen und westlichen Schätzungen sind 4000 Soldaten getötet worden.',
    want: 'Ukrainian and Western estimates',
  },
  {
    text: 'Der Präsident sprach von einer schweren Lage. Die Polizei meldete am Abend 30 Festnahmen.',
    want: 'police',
  },
  {
    text: 'Kim lobte die Soldaten. Nach südkoreanischen Angaben wurden 300 getötet.',
    want: 'South Korean sources',
  },
  {
    text: 'Der Bürgermeister sagte, die Stadt sei vorbereitet. Laut Feuerwehr stieg das Wasser in der Nacht um einen Meter.',
    want: 'fire brigade',
  },
  {
    text: 'Die Feuerwehr sagte, der Brand sei unter Kontrolle. Er könne aber jederzeit wieder aufflammen.',
    want: 'fire brigade',
  },
  {
    text: 'Peskow sagte, Russland werde reagieren. Eine Entscheidung sei noch nicht gefallen.',
    want: 'Peskow (Kremlin spokesman)',
  },

  // sentences glued without a space after the full stop
  { text: 'Die Regierung hat den Notstand bestätigt.Der Sprecher der Feuerwehr sagte, die Lage sei ernst.', want: 'fire brigade spokesperson' },
  { text: 'Die Polizei meldete 30 Festnahmen.Laut Staatsanwaltschaft wird gegen zwölf Personen ermittelt.', want: 'prosecutors' },
  { text: 'Nach Angaben der Feuerwehr brennt es noch.Die Straße bleibt gesperrt.', want: null },
  { text: 'Laut Reuters stieg die Zahl der Toten auf 40.Das Unternehmen lehnte einen Kommentar ab.', want: 'Reuters (news agency)', at: 0 },

  // more everyday phrasings
  { text: 'Das teilte die Polizei am Montag mit.', want: 'police' },
  { text: 'Die Zahl der Toten stieg auf 40, so die Behörden.', want: 'authorities' },
  { text: 'In einer Mitteilung der Stadt hieß es, die Schulen blieben geschlossen.', want: 'the city' },
  { text: 'Aus Polizeikreisen hieß es, der Täter sei bekannt.', want: 'police sources' },
  { text: 'Ein Sprecher der Feuerwehr sagte, das Feuer sei gelöscht.', want: 'fire brigade spokesperson' },
  { text: 'Eine Sprecherin des Gesundheitsministeriums bestätigte die Zahl.', want: 'health ministry spokesperson' },
  { text: 'Die Insolvenzverwalterin teilte mit, der Betrieb laufe weiter.', want: 'insolvency administrator' },
  { text: 'Der Vorstand hatte am Montag angekündigt, Insolvenz anzumelden.', want: 'the board' },
  { text: 'Die Gewerkschaft sprach von einem schwarzen Tag.', want: 'union' },
  { text: 'Der Betriebsrat sprach von einem schwarzen Tag für die Region.', want: 'works council' },
  { text: 'Selenskyj sagte, die Verluste seien hoch. Nach ukrainischen und westlichen Schätzungen seien bereits 4000 Soldaten getötet worden.', want: 'Ukrainian and Western estimates' },
  { text: 'Die Feuerwehr meldete am Abend neue Brände. Laut den Behörden seien 200 Menschen evakuiert worden.', want: 'authorities' },

  // no claimant
  { text: 'Die Behörden haben die Straße gesperrt.', want: null },
  { text: 'Die Polizei nahm einen Mann fest.', want: null },
  { text: 'Die Feuerwehr war mit 200 Kräften im Einsatz.', want: null },
  { text: 'Staatsmedien zeigten Bilder von der Parade.', want: null },
  { text: 'Das Unternehmen beschäftigt 3000 Menschen.', want: null },
  { text: 'Die Agentur hat ihren Sitz in Seoul.', want: null },
];
