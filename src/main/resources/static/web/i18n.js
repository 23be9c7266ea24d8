// Labels in English, Dutch and French. The user's choice is kept in localStorage, so it is
// remembered across visits and shared by the login page and the application.
const LABELS = {
  'clause.DRUG_TRAFFICKING_COOPERATION': ['Drug trafficking cooperation', 'Samenwerking tegen drugshandel', 'Coopération contre le trafic de drogue'],
  'clause.ANTI_MONEY_LAUNDERING': ['Anti-money laundering', 'Bestrijding van witwassen', 'Lutte contre le blanchiment'],
  'clause.OPERATIONAL_INFORMATION_EXCHANGE': ['Operational information exchange', 'Uitwisseling van operationele informatie', "Échange d'informations opérationnelles"],
  'clause.CUSTOMS_COOPERATION': ['Customs cooperation', 'Douanesamenwerking', 'Coopération douanière'],
  'clause.JUDICIAL_COOPERATION': ['Judicial cooperation', 'Justitiële samenwerking', 'Coopération judiciaire'],
  'clause.READMISSION': ['Readmission', 'Overname', 'Réadmission'],
  'clause.MARITIME_INTERDICTION': ['Maritime interdiction', 'Onderschepping op zee', 'Interception en mer'],
  'clause.EXTRADITION': ['Extradition', 'Uitlevering', 'Extradition'],
  'clause.MUTUAL_LEGAL_ASSISTANCE': ['Mutual legal assistance', 'Wederzijdse rechtshulp', 'Entraide judiciaire'],
  'clause.SANCTIONS_ENFORCEMENT': ['Sanctions enforcement', 'Handhaving van sancties', 'Application des sanctions'],
  'clause.TRANSFER_OF_SENTENCED_PERSONS': ['Transfer of sentenced persons', 'Overbrenging van gevonniste personen', 'Transfèrement des personnes condamnées'],
  'app.title': ['Liaison Graph', 'Liaison Graph', 'Liaison Graph'],
  'login.user': ['User name', 'Gebruikersnaam', "Nom d'utilisateur"],
  'login.password': ['Password', 'Wachtwoord', 'Mot de passe'],
  'login.submit': ['Log in', 'Aanmelden', 'Se connecter'],
  'login.failed': ['Wrong user name or password.', 'Verkeerde gebruikersnaam of wachtwoord.', "Nom d'utilisateur ou mot de passe erroné."],
  'login.loggedOut': ['You are logged out.', 'U bent afgemeld.', 'Vous êtes déconnecté.'],
  'logout': ['Log out', 'Afmelden', 'Se déconnecter'],
  'nav.gaps': ['Treaty gaps', 'Verdragslacunes', 'Lacunes des traités'],
  'nav.priorities': ['Priorities', 'Prioriteiten', 'Priorités'],
  'nav.map': ['Map', 'Kaart', 'Carte'],
  'nav.sanctions': ['Sanction candidates', 'Kandidaten voor sancties', 'Candidats aux sanctions'],
  'nav.readmission': ['Readmission gaps', 'Lacunes in overname', 'Lacunes de réadmission'],
  'nav.coverage': ['Liaison coverage gaps', 'Lacunes in verbindingsnetwerk', 'Lacunes de couverture'],
  'nav.editor': ['Edit a treaty', 'Verdrag bewerken', 'Modifier un traité'],
  'search.placeholder': ['Search states, ports, treaties…', 'Zoek landen, havens, verdragen…', 'Chercher États, ports, traités…'],
  'search.title': ['Search', 'Zoeken', 'Recherche'],
  'search.none': ['Nothing found.', 'Niets gevonden.', 'Rien trouvé.'],
  'role.VIEWER': ['viewer', 'lezer', 'lecteur'],
  'role.ANALYST': ['analyst', 'analist', 'analyste'],
  'role.EDITOR': ['editor', 'redacteur', 'rédacteur'],
  'role.ADMIN': ['administrator', 'beheerder', 'administrateur'],
  'loading': ['Loading…', 'Laden…', 'Chargement…'],
  'error': ['Error', 'Fout', 'Erreur'],
  'export.csv': ['Export CSV', 'CSV exporteren', 'Exporter CSV'],
  'export.svg': ['Export SVG', 'SVG exporteren', 'Exporter SVG'],
  'asOf': ['As of', 'Op datum', 'À la date du'],
  'year': ['Year', 'Jaar', 'Année'],
  'state': ['State', 'Staat', 'État'],
  'states': ['States', 'Staten', 'États'],
  'port': ['Port', 'Haven', 'Port'],
  'treaty': ['Treaty', 'Verdrag', 'Traité'],
  'source': ['Source', 'Bron', 'Source'],
  'grade': ['Grade', 'Graad', 'Cote'],
  'illustrative': ['illustrative, not real', 'illustratief, niet echt', 'illustratif, non réel'],
  'gap': ['gap', 'lacune', 'lacune'],
  'none': ['none', 'geen', 'aucun'],
  'gaps.intro': ['Which states lack a treaty clause in force with the home state? Choose states, then clause types.',
    'Welke staten missen een verdragsclausule die van kracht is met de thuisstaat? Kies staten en daarna clausuletypes.',
    "Quels États n'ont pas de clause en vigueur avec l'État d'origine ? Choisissez des États, puis des types de clause."],
  'gaps.region': ['Region', 'Regio', 'Région'],
  'gaps.subregion': ['Subregion', 'Subregio', 'Sous-région'],
  'gaps.bloc': ['Bloc', 'Blok', 'Bloc'],
  'gaps.list': ['States (ISO codes, comma separated)', 'Staten (ISO-codes, met komma)', 'États (codes ISO, séparés par des virgules)'],
  'gaps.clauses': ['Required clause types (none chosen: the default set)', 'Vereiste clausuletypes (geen gekozen: de standaardset)', 'Types de clause requis (aucun choisi : la liste par défaut)'],
  'gaps.any': ['any', 'alle', 'toutes'],
  'gaps.summary': ['{n} of {m} states lack at least one chosen clause type in a treaty in force on {d}.',
    '{n} van {m} staten missen minstens één gekozen clausuletype in een verdrag van kracht op {d}.',
    '{n} des {m} États n’ont pas au moins un type de clause choisi dans un traité en vigueur le {d}.'],
  'gaps.choose': ['Choose a region, a bloc or states above.', 'Kies hierboven een regio, een blok of staten.', 'Choisissez une région, un bloc ou des États ci-dessus.'],
  'preset.latam': ['Latin America', 'Latijns-Amerika', 'Amérique latine'],
  'preset.africa': ['Africa', 'Afrika', 'Afrique'],
  'preset.asia': ['Asia', 'Azië', 'Asie'],
  'preset.europe': ['Europe', 'Europa', 'Europe'],
  'preset.oceania': ['Oceania', 'Oceanië', 'Océanie'],
  'preset.routes': ['States on active routes', 'Staten op actieve routes', 'États sur des routes actives'],
  'state.inForce': ['Treaties in force', 'Verdragen van kracht', 'Traités en vigueur'],
  'state.notInForce': ['Treaties not in force', 'Verdragen niet van kracht', 'Traités non en vigueur'],
  'state.cpi': ['Corruption Perceptions Index', 'Corruptieperceptie-index', 'Indice de perception de la corruption'],
  'state.convictions': ['Nationals convicted', 'Veroordeelde onderdanen', 'Ressortissants condamnés'],
  'state.seizures': ['Seizures shipped from its ports', 'Inbeslagnames verscheept vanuit zijn havens', 'Saisies expédiées de ses ports'],
  'state.ports': ['Ports', 'Havens', 'Ports'],
  'state.officers': ['Liaison officers and posts', 'Verbindingsofficieren en posten', 'Officiers de liaison et postes'],
  'state.sanctions': ['Sanction measures', 'Sanctiemaatregelen', 'Mesures de sanction'],
  'state.sources': ['Sources of the state', 'Bronnen van de staat', "Sources de l'État"],
  'clauses': ['Clauses', 'Clausules', 'Clauses'],
  'article': ['Article', 'Artikel', 'Article'],
  'status': ['Status', 'Status', 'Statut'],
  'inForceFrom': ['In force from', 'Van kracht sinds', 'En vigueur depuis'],
  'kind': ['Kind', 'Soort', 'Type'],
  'date': ['Date', 'Datum', 'Date'],
  'quantityKg': ['Quantity (kg)', 'Hoeveelheid (kg)', 'Quantité (kg)'],
  'drug': ['Drug', 'Drug', 'Drogue'],
  'seizedAt': ['Seized at', 'In beslag genomen te', 'Saisi à'],
  'role': ['Role', 'Rol', 'Rôle'],
  'name': ['Name', 'Naam', 'Nom'],
  'post': ['Post', 'Post', 'Poste'],
  'since': ['Since', 'Sinds', 'Depuis'],
  'reason': ['Reason', 'Reden', 'Motif'],
  'score': ['Score', 'Score', 'Score'],
  'rank': ['Rank', 'Rang', 'Rang'],
  'count': ['Count', 'Aantal', 'Nombre'],
  'prio.weights': ['Weights (what-if, nothing is saved)', 'Gewichten (wat-als, er wordt niets opgeslagen)', 'Poids (simulation, rien n’est enregistré)'],
  'prio.viewerWeights': ['Default weights; an analyst may change them.', 'Standaardgewichten; een analist kan ze wijzigen.', 'Poids par défaut ; un analyste peut les modifier.'],
  'prio.illustrative': ['Include facts invented for illustration (grade F)', 'Ook illustratieve, verzonnen feiten (graad F)', 'Inclure les faits inventés pour illustration (cote F)'],
  'prio.reset': ['Default weights', 'Standaardgewichten', 'Poids par défaut'],
  'factor.ROUTE_EXPOSURE': ['Route exposure', 'Blootstelling aan routes', 'Exposition aux routes'],
  'factor.SEIZED_SHIPPED_FROM': ['Seized, shipped from', 'In beslag genomen, verscheept vanuit', 'Saisi, expédié de'],
  'factor.CORRUPTION': ['Corruption', 'Corruptie', 'Corruption'],
  'factor.TREATY_GAPS': ['Treaty gaps', 'Verdragslacunes', 'Lacunes des traités'],
  'factor.READMISSION_GAP': ['Readmission gap', 'Lacune in overname', 'Lacune de réadmission'],
  'factor.LIAISON_GAP': ['Liaison gap', 'Lacune in verbinding', 'Lacune de liaison'],
  'factor.SANCTIONS': ['Sanctions', 'Sancties', 'Sanctions'],
  'map.legend': ['Ports: green covered by a liaison officer, red not; size by seizures shipped from them. Lines: route legs.',
    'Havens: groen gedekt door een verbindingsofficier, rood niet; grootte volgens inbeslagnames. Lijnen: routedelen.',
    'Ports : vert couvert par un officier de liaison, rouge non ; taille selon les saisies. Lignes : tronçons de routes.'],
  'map.from': ['From port', 'Van haven', 'Du port'],
  'map.to': ['To port', 'Naar haven', 'Au port'],
  'map.highlight': ['Highlight routes', 'Routes markeren', 'Surligner les routes'],
  'map.exposure': ['Exposure of', 'Blootstelling van', 'Exposition de'],
  'map.paths': ['{n} paths found', '{n} paden gevonden', '{n} chemins trouvés'],
  'sanctions.thresholds': ['Thresholds: CPI score below {c}, at least {k} kg seized shipped from its ports, no cooperation treaty in force.',
    'Drempels: CPI-score onder {c}, minstens {k} kg in beslag genomen verscheept vanuit zijn havens, geen samenwerkingsverdrag van kracht.',
    'Seuils : score IPC inférieur à {c}, au moins {k} kg saisis expédiés de ses ports, aucun traité de coopération en vigueur.'],
  'maxCpi': ['Max. CPI score', 'Max. CPI-score', 'Score IPC max.'],
  'minKg': ['Min. kg seized', 'Min. kg in beslag', 'Min. kg saisis'],
  'cpi': ['CPI', 'CPI', 'IPC'],
  'seizedKg': ['Seized (kg)', 'In beslag (kg)', 'Saisi (kg)'],
  'treatiesChecked': ['Treaties checked', 'Gecontroleerde verdragen', 'Traités vérifiés'],
  'proposed': ['Proposed measures', 'Voorgestelde maatregelen', 'Mesures proposées'],
  'inPrison': ['Nationals in prison', 'Onderdanen in de gevangenis', 'Ressortissants en prison'],
  'referenceDate': ['Reference date', 'Peildatum', 'Date de référence'],
  'unknown': ['unknown', 'onbekend', 'inconnu'],
  'covered': ['Covered', 'Gedekt', 'Couvert'],
  'yes': ['yes', 'ja', 'oui'],
  'no': ['no', 'nee', 'non'],
  'obligations': ['Readmission obligations', 'Overnameverplichtingen', 'Obligations de réadmission'],
  'routes': ['Routes', 'Routes', 'Routes'],
  'routeCount': ['Routes', 'Routes', 'Routes'],
  'destination': ['Destination', 'Bestemming', 'Destination'],
  'officersOther': ['Officers at other times', 'Officieren op andere momenten', 'Officiers à d’autres dates'],
  'edit.id': ['Id (lower-case slug)', 'Id (kleine letters)', 'Id (minuscules)'],
  'edit.title': ['Title', 'Titel', 'Titre'],
  'edit.signedOn': ['Signed on', 'Ondertekend op', 'Signé le'],
  'edit.terminatedOn': ['Terminated on', 'Beëindigd op', 'Terminé le'],
  'edit.parties': ['Parties (ISO code or bloc code)', 'Partijen (ISO-code of blokcode)', 'Parties (code ISO ou code du bloc)'],
  'edit.addParty': ['Add a party', 'Partij toevoegen', 'Ajouter une partie'],
  'edit.addClause': ['Add a clause', 'Clausule toevoegen', 'Ajouter une clause'],
  'edit.remove': ['Remove', 'Verwijderen', 'Supprimer'],
  'edit.binding': ['Binding', 'Bindend', 'Contraignante'],
  'edit.source': ['Source id', 'Bron-id', 'Id de la source'],
  'edit.load': ['Load treaty', 'Verdrag laden', 'Charger le traité'],
  'edit.new': ['New treaty', 'Nieuw verdrag', 'Nouveau traité'],
  'edit.save': ['Save', 'Opslaan', 'Enregistrer'],
  'edit.saved': ['Saved; version {v}.', 'Opgeslagen; versie {v}.', 'Enregistré ; version {v}.'],
  'edit.version': ['Version read', 'Gelezen versie', 'Version lue'],
  'edit.conflict': ['Someone changed this treaty after you loaded it (you read version {v}). Nothing was saved. Reload the treaty to see the current version, then make your change again.',
    'Iemand wijzigde dit verdrag nadat u het laadde (u las versie {v}). Er is niets opgeslagen. Laad het verdrag opnieuw en breng uw wijziging opnieuw aan.',
    'Quelqu’un a modifié ce traité après son chargement (vous avez lu la version {v}). Rien n’a été enregistré. Rechargez le traité puis refaites votre modification.'],
  'edit.problems': ['Nothing was saved; correct the fields marked below.', 'Er is niets opgeslagen; verbeter de gemarkeerde velden.', 'Rien n’a été enregistré ; corrigez les champs signalés.'],
  'edit.forbidden': ['Editing needs the EDITOR role.', 'Bewerken vereist de rol EDITOR.', 'La modification requiert le rôle EDITOR.'],
};

const LANGS = ['en', 'nl', 'fr'];

export function lang() {
  const chosen = localStorage.getItem('lang');
  return LANGS.includes(chosen) ? chosen : 'en';
}

export function setLang(value) {
  localStorage.setItem('lang', value);
  document.documentElement.lang = value;
}

/** The label of a key in the user's language, with {placeholders} filled in. */
export function t(key, values = {}) {
  const labels = LABELS[key];
  let text = labels ? labels[LANGS.indexOf(lang())] : key;
  for (const [name, value] of Object.entries(values)) {
    text = text.replaceAll(`{${name}}`, value);
  }
  return text;
}

/** A state's name in the user's language, from the names the graph holds. */
export function stateName(state) {
  if (!state) return '';
  const l = lang();
  return (l === 'nl' && state.nameNl) || (l === 'fr' && state.nameFr) || state.name;
}

/** Translates the static labels of a page marked with data-i18n. */
export function translate(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
}
