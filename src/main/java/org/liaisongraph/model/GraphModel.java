package org.liaisongraph.model;

import static org.liaisongraph.model.PropertySpec.bool;
import static org.liaisongraph.model.PropertySpec.date;
import static org.liaisongraph.model.PropertySpec.decimal;
import static org.liaisongraph.model.PropertySpec.integer;
import static org.liaisongraph.model.PropertySpec.list;
import static org.liaisongraph.model.PropertySpec.oneOf;
import static org.liaisongraph.model.PropertySpec.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.liaisongraph.agency.AgencyKind;
import org.liaisongraph.liaison.OfficerRole;
import org.liaisongraph.liaison.PostKind;
import org.liaisongraph.maritime.AssetKind;
import org.liaisongraph.maritime.CaseOutcome;
import org.liaisongraph.maritime.IntegrityKind;
import org.liaisongraph.maritime.SeaArea;
import org.liaisongraph.route.CallRole;
import org.liaisongraph.route.Commodity;
import org.liaisongraph.route.Modality;
import org.liaisongraph.sanction.SanctionKind;
import org.liaisongraph.sanction.SanctionStatus;
import org.liaisongraph.state.DetentionMeasure;
import org.liaisongraph.treaty.ClauseType;
import org.liaisongraph.treaty.TreatyKind;
import org.liaisongraph.treaty.TreatyStatus;

/**
 * The graph model of the design contract as data: every label with its key and typed properties,
 * every relationship type with its endpoints. Import, validation and Cypher generation read it, so
 * labels and types in generated statements only ever come from here, never from input.
 */
public final class GraphModel {

	public static final String ISO2 = "[A-Z]{2}";

	public static final String LOCODE = "[A-Z]{2}[A-Z2-9]{3}";

	public static final String CODE = "[A-Z0-9][A-Z0-9_-]*";

	public static final String ID = "[a-z0-9][a-z0-9._-]*";

	/** What one import file holds: the nodes of a label or the relationships of a type. */
	public sealed interface Target permits NodeSpec, RelSpec {

		/** The label or relationship type, which is also the file's name without its extension. */
		String name();

	}

	/** A label, its key property and the other properties. */
	public record NodeSpec(String label, PropertySpec key, List<PropertySpec> properties) implements Target {

		@Override
		public String name() {
			return label;
		}

		public String file() {
			return label + ".csv";
		}

		public Optional<PropertySpec> property(String name) {
			return properties.stream().filter(p -> p.name().equals(name)).findFirst();
		}

	}

	/**
	 * A relationship type. {@code identity} names the properties that tell apart several
	 * relationships of this type between the same two nodes (a rating per year).
	 */
	public record RelSpec(String type, List<String> fromLabels, List<String> toLabels, List<PropertySpec> properties,
			List<String> identity) implements Target {

		@Override
		public String name() {
			return type;
		}

		public String file() {
			return type + ".csv";
		}

		/**
		 * Whether relationships of this type form a sequence, numbered by {@code seq}: a route's
		 * calls. An import or a write gives the whole sequence, which replaces the stored one.
		 */
		public boolean sequence() {
			return identity.contains("seq");
		}

		/** Relationships with properties of their own carry a version, as nodes do. */
		public boolean versioned() {
			return !properties.isEmpty();
		}

		public boolean polymorphicFrom() {
			return fromLabels.size() > 1;
		}

		public boolean polymorphicTo() {
			return toLabels.size() > 1;
		}

	}

	public static final List<NodeSpec> NODES = List.of(
			new NodeSpec("Source", string("id").asRequired().matching("[A-Za-z0-9][A-Za-z0-9._-]*"),
					List.of(string("title").asRequired(), string("publisher"), string("url"), date("publishedOn"),
							oneOf("reliability", List.of("A", "B", "C", "D", "E", "F")).asRequired(), string("licence"))),
			new NodeSpec("State", string("iso2").asRequired().matching(ISO2),
					List.of(string("iso3").matching("[A-Z]{3}"), string("name").asRequired(), string("nameNl"),
							string("nameFr"), string("region"), string("subregion"))),
			new NodeSpec("Bloc", string("code").asRequired().matching(CODE), List.of(string("name").asRequired())),
			new NodeSpec("Index", string("code").asRequired().matching(CODE),
					List.of(string("name").asRequired(), string("publisher"))),
			new NodeSpec("Port", string("locode").asRequired().matching(LOCODE),
					List.of(string("name").asRequired(), decimal("latitude", -90, 90), decimal("longitude", -180, 180))),
			new NodeSpec("Treaty", string("id").asRequired().matching(ID),
					List.of(string("title").asRequired(), oneOf("kind", TreatyKind.class).asRequired(),
							oneOf("status", TreatyStatus.class).asRequired(), date("signedOn"), date("inForceFrom"),
							date("terminatedOn"))),
			new NodeSpec("Clause", string("id").asRequired().matching(ID),
					List.of(oneOf("type", ClauseType.class).asRequired(), string("article"), bool("binding").asRequired(),
							string("summary"))),
			new NodeSpec("Agency", string("code").asRequired().matching(CODE),
					List.of(string("name").asRequired(), oneOf("kind", AgencyKind.class).asRequired())),
			new NodeSpec("Post", string("id").asRequired().matching(ID),
					List.of(string("name").asRequired(), oneOf("kind", PostKind.class).asRequired(),
							bool("onDrugRoute").asRequired())),
			new NodeSpec("LiaisonOfficer", string("id").asRequired().matching(ID),
					List.of(oneOf("role", OfficerRole.class).asRequired(), string("name").asRestricted(), date("since"),
							date("until"))),
			new NodeSpec("SanctionMeasure", string("id").asRequired().matching(ID),
					List.of(oneOf("kind", SanctionKind.class).asRequired(), oneOf("status", SanctionStatus.class).asRequired(),
							date("proposedOn"), date("adoptedOn"), date("liftedOn"), date("reviewBy"), string("legalBasis"),
							string("reason"))),
			new NodeSpec("TraffickingRoute", string("id").asRequired().matching(ID),
					List.of(string("name").asRequired(), oneOf("commodity", Commodity.class).asRequired(),
							oneOf("modality", Modality.class).asRequired(), bool("active").asRequired())),
			new NodeSpec("Seizure", string("id").asRequired().matching(ID),
					List.of(date("seizedOn").asRequired(), string("drug").asRequired(),
							decimal("quantityKg", 0, 1e9).asRequired(), string("concealment"))),
			new NodeSpec("Vessel", string("id").asRequired().matching(ID),
					List.of(string("name"), string("imo").matching("[0-9]{7}"), string("mmsi").matching("[0-9]{9}"),
							string("type"))),
			new NodeSpec("SurveillanceAsset", string("id").asRequired().matching(ID),
					List.of(string("name").asRequired(), oneOf("kind", AssetKind.class).asRequired())),
			// the watched area (a box, or else a named sea area) is an operational detail, need-to-know like an officer's name
			new NodeSpec("Deployment", string("id").asRequired().matching(ID),
					List.of(date("from").asRequired(), date("until"), integer("hours", 0, 100_000),
							bool("underMaocn").asRequired(), decimal("areaSouth", -90, 90).asRestricted(),
							decimal("areaWest", -180, 180).asRestricted(), decimal("areaNorth", -90, 90).asRestricted(),
							decimal("areaEast", -180, 180).asRestricted(),
							oneOf("seaArea", SeaArea.class).asRestricted())),
			new NodeSpec("Detection", string("id").asRequired().matching(ID),
					List.of(date("detectedOn").asRequired(), decimal("latitude", -90, 90).asRestricted(),
							decimal("longitude", -180, 180).asRestricted())),
			new NodeSpec("MaocnCase", string("id").asRequired().matching(ID),
					List.of(date("referredOn").asRequired(), oneOf("outcome", CaseOutcome.class).asRequired())),
			new NodeSpec("ContainerScan", string("id").asRequired().matching(ID),
					List.of(integer("year", 1900, 2100).asRequired(), integer("scanned", 0, 1e9).asRequired(),
							integer("hits", 0, 1e9))),
			new NodeSpec("InformationSharingAgreement", string("id").asRequired().matching(ID),
					List.of(string("title").asRequired(), string("scope"), date("signedOn"))),
			// one figure alone may point at a person when small: restricted, served to all only aggregated
			new NodeSpec("IntegrityFigure", string("id").asRequired().matching(ID),
					List.of(integer("year", 1900, 2100).asRequired(), string("unitType").asRequired(),
							oneOf("kind", IntegrityKind.class).asRequired(),
							integer("count", 0, 1_000_000).asRequired().asRestricted())));

	private static final List<String> STATE = List.of("State");

	private static final List<String> STATE_OR_BLOC = List.of("State", "Bloc");

	public static final List<RelSpec> RELATIONSHIPS = List.of(
			rel("MEMBER_OF", STATE, List.of("Bloc"), date("since")),
			rel("IN_STATE", List.of("Port", "Post"), STATE),
			rel("PARTY_TO", STATE_OR_BLOC, List.of("Treaty"), date("since")),
			rel("HAS_CLAUSE", List.of("Treaty"), List.of("Clause")),
			rel("POSTED_AT", List.of("LiaisonOfficer"), List.of("Port")),
			rel("ACCREDITED_TO", List.of("LiaisonOfficer"), STATE),
			rel("SENT_BY", List.of("LiaisonOfficer"), List.of("Agency")),
			rel("ATTACHED_TO", List.of("LiaisonOfficer"), List.of("Post")),
			rel("COVERS", List.of("Post"), List.of("Port")),
			rel("BELONGS_TO", List.of("Agency"), STATE_OR_BLOC),
			rel("PARTICIPATES_IN", List.of("State", "Agency"), List.of("Agency"), date("since"),
					integer("staff", 0, 100_000)),
			rel("SHARES_INFORMATION_WITH", List.of("Agency"), List.of("Agency"), date("since"), string("legalBasis")),
			rel("TARGETS", List.of("SanctionMeasure"), STATE),
			rel("IMPOSED_BY", List.of("SanctionMeasure"), STATE_OR_BLOC),
			new RelSpec("CALLS_AT", List.of("TraffickingRoute"), List.of("Port"),
					List.of(integer("seq", 0, 1000).asRequired(), oneOf("role", CallRole.class).asRequired()),
					List.of("seq")),
			rel("AT", List.of("Seizure"), List.of("Port")),
			rel("SHIPPED_FROM", List.of("Seizure"), List.of("Port")),
			// a breakdown by origin country names the state, not a port it did not name
			rel("SHIPPED_FROM_STATE", List.of("Seizure"), STATE),
			// a breakdown (by origin, or one seizure) is a part of its port's total, never summed with it
			rel("PART_OF", List.of("Seizure"), List.of("Seizure")),
			rel("ON_ROUTE", List.of("Seizure"), List.of("TraffickingRoute")),
			new RelSpec("NATIONALS_CONVICTED", STATE, STATE,
					List.of(integer("year", 1900, 2100).asRequired(), integer("count", 0, 1_000_000).asRequired()),
					List.of("year")),
			// a stock on a reference date (1 January), as the Justice minister publishes it: nationals
			// of the source state held in the target state's prisons, never added up across dates
			new RelSpec("DETAINED_IN", STATE, STATE,
					List.of(date("date").asRequired(), oneOf("measure", DetentionMeasure.class).asRequired(),
							integer("count", 0, 1_000_000).asRequired()),
					List.of("date", "measure")),
			new RelSpec("RATED", STATE, List.of("Index"),
					List.of(integer("year", 1900, 2100).asRequired(), decimal("score", 0, 100).asRequired()),
					List.of("year")),
			rel("FLAGGED_IN", List.of("Vessel"), STATE),
			rel("OPERATED_BY", List.of("SurveillanceAsset"), List.of("Agency")),
			rel("DEPLOYS", List.of("Deployment"), List.of("SurveillanceAsset")),
			rel("WATCHES", List.of("Deployment"), List.of("TraffickingRoute")),
			rel("OF_VESSEL", List.of("Detection"), List.of("Vessel")),
			rel("DETECTED_BY", List.of("Detection"), List.of("SurveillanceAsset")),
			rel("SUSPECTED_ON", List.of("Detection"), List.of("TraffickingRoute")),
			rel("REFERS", List.of("MaocnCase"), List.of("Detection")),
			rel("INTERCEPTING_STATE", List.of("MaocnCase"), STATE),
			rel("INTERCEPTING_AGENCY", List.of("MaocnCase"), List.of("Agency")),
			rel("LED_TO", List.of("MaocnCase"), List.of("Seizure")),
			rel("SCANNED_AT", List.of("ContainerScan"), List.of("Port")),
			rel("SCANNED_BY", List.of("ContainerScan"), List.of("Agency")),
			rel("AGREED_BY", List.of("InformationSharingAgreement"), List.of("Agency")));

	/**
	 * A node derived from the facts, never imported, exported nor edited: every write and import keeps
	 * it in step in the transaction that changes what it is derived from. Its key is several
	 * properties together, unique as a whole.
	 *
	 * @param derivedFrom what it is computed from, and by which rule
	 */
	public record DerivedSpec(String label, List<String> key, List<PropertySpec> properties, String derivedFrom) {
	}

	private static final List<String> GRADES = List.of("A", "B", "C", "D", "E", "F");

	/**
	 * The yearly seizure totals of a place (a state, a port or a route), which the seizure analyses
	 * read instead of the seizures: {@code place} is the place's label and key ({@code State:EC},
	 * {@code Port:BEANR}, {@code TraffickingRoute:r-1}); {@code kg}, {@code count} and {@code grade}
	 * (the weakest) over the real seizures that count, the {@code ...WithIllustrative} ones over the
	 * seizures that count when invented ones do too, and for a port how much of that was seized at
	 * it and how much (kg, count, weakest grade, real and with invented seizures) shipped from it.
	 * A port's kilograms shipped from it over all years ({@code ShippedFromTotal}): {@code kg} over
	 * the real seizures, {@code kgWithIllustrative} with invented ones, its yearly totals' added in
	 * year order, so that liaisonCoverageGaps reads one figure per port; a port with no yearly total
	 * has none.
	 * <p>
	 * A route's calls ({@code RouteCalls}): {@code ports}, the UN/LOCODEs of the ports it calls at
	 * in seq order (calls are numbered from 0 without gaps), so an analysis reads a route's calls as
	 * one property, with whether the route is {@code active} and {@code illustrative} (invented). A state's active routes ({@code StateRoutes}): the ids of the active routes
	 * calling at its ports ({@code routes}, in id order) with whether each is invented for
	 * illustration ({@code routeIllustrative}), and the UN/LOCODEs of its ports they call at
	 * ({@code ports}, in order) with whether only invented routes call there ({@code portIllustrative}),
	 * and the ports each of those routes passes before its last call at one of them ({@code feeders},
	 * "locode routeId", in route then port order), which liaisonCoverageGaps reads toward a bloc.
	 * Neither depends on a date: officer postings and seizure years are read with the analysis.
	 * The yearly seizure totals of a state's active routes ({@code StateRouteTotals}): for each year in
	 * which one of them has kilograms seized, the sum of its routes' kilograms in the year (those of its
	 * {@code StateRoutes}), over its real routes and seizures ({@code kg}) and over every route with
	 * invented seizures too ({@code kgWithIllustrative}); countryPriorities reads them instead of
	 * every route's total.
	 * The kinds of clause of the bilateral treaties between a home state and another state, with the
	 * span of days each kind is in force: the days from {@code from} until {@code until} (excluded;
	 * none: still in force) on which a bilateral treaty in force between them, seen from the home
	 * state's side, has a clause of {@code type} and {@code binding}; countryPriorities reads them
	 * instead of the treaties. A span may join several treaties'.
	 */
	public static final List<DerivedSpec> DERIVED = List.of(new DerivedSpec("SeizureTotal", List.of("place", "year"),
			List.of(string("place").asRequired().matching("(State|Port|TraffickingRoute):.+"),
					integer("year", 1900, 2100).asRequired(), decimal("kg", 0, 1e12).asRequired(),
					integer("count", 0, 1e9).asRequired(), oneOf("grade", GRADES),
					decimal("kgWithIllustrative", 0, 1e12).asRequired(),
					integer("countWithIllustrative", 0, 1e9).asRequired(), oneOf("gradeWithIllustrative", GRADES),
					decimal("atKgWithIllustrative", 0, 1e12), decimal("shippedFromKg", 0, 1e12),
					integer("shippedFromCount", 0, 1e9), oneOf("shippedFromGrade", GRADES),
					decimal("shippedFromKgWithIllustrative", 0, 1e12), integer("shippedFromCountWithIllustrative", 0, 1e9),
					oneOf("shippedFromGradeWithIllustrative", GRADES)),
			"the seizures that count toward the place in the year (queries/fragments/seizure-counted.cypher)"),
			new DerivedSpec("ShippedFromTotal", List.of("port"),
					List.of(string("port").asRequired(), decimal("kg", 0, 1e12).asRequired(),
							decimal("kgWithIllustrative", 0, 1e12).asRequired()),
					"the port's yearly SeizureTotals, what each says was shipped from it, added in year order "
							+ "(queries/shipped-from-totals-refresh.cypher, queries/fragments/seizure-shipped-from-kg.cypher)"),
			new DerivedSpec("RouteCalls", List.of("route"),
					List.of(string("route").asRequired(), list("ports").asRequired(), bool("active").asRequired(),
							bool("illustrative").asRequired()),
					"the route's CALLS_AT calls in seq order, its active flag and its sources "
							+ "(queries/route-calls-refresh.cypher, queries/fragments/illustrative.cypher)"),
			new DerivedSpec("StateRoutes", List.of("state"),
					List.of(string("state").asRequired(), list("routes").asRequired(), list("routeIllustrative").asRequired(),
							list("ports").asRequired(), list("portIllustrative").asRequired(), list("feeders").asRequired()),
					"the active routes calling at the state's ports and their RouteCalls (queries/state-routes-refresh.cypher, "
							+ "queries/fragments/illustrative.cypher, queries/fragments/ports-before-last-call.cypher)"),
			new DerivedSpec("StateRouteTotals", List.of("state", "year"),
					List.of(string("state").asRequired(), integer("year", 1900, 2100).asRequired(),
							decimal("kg", 0, 1e12).asRequired(), decimal("kgWithIllustrative", 0, 1e12).asRequired()),
					"the state's active routes (StateRoutes) and their yearly seizure totals (SeizureTotal) "
							+ "(queries/state-route-totals-refresh.cypher, queries/fragments/seizure-total-of.cypher)"),
			new DerivedSpec("BilateralClauseKind", List.of("home", "state", "type", "binding", "from"),
					List.of(string("home").asRequired().matching(ISO2), string("state").asRequired().matching(ISO2),
							oneOf("type", ClauseType.class).asRequired(), bool("binding").asRequired(),
							date("from").asRequired(), date("until")),
					"the bilateral treaties in force between the two states, seen from the home state's side, and their "
							+ "clauses (queries/bilateral-clause-kinds-refresh.cypher: home-side, treaty-in-force, "
							+ "bilateral)"));

	/**
	 * A Neo4j full-text index over some properties of some labels, which the search reads. It is
	 * restricted when one of its labels holds one of its properties as a restricted one: then only
	 * users cleared for restricted fields may query it, so an uncleared user never finds a node by
	 * such a property. Keep restricted properties in an index of their own, or the whole index is
	 * closed to uncleared users.
	 */
	public record FullTextIndex(String name, List<String> labels, List<String> properties) {

		public boolean restricted() {
			return labels.stream()
				.map(GraphModel::node)
				.anyMatch(node -> properties.stream().anyMatch(p -> node.key().name().equals(p) ? node.key().restricted()
						: node.property(p).map(PropertySpec::restricted).orElse(false)));
		}

	}

	/**
	 * What the search finds, by names, titles and keys: in every language the graph holds a name in
	 * (a state's Dutch and French names), folded to ASCII so that "Bresil" finds "Brésil". Officers
	 * are in an index of their own, as their names are restricted.
	 */
	public static final List<FullTextIndex> FULL_TEXT_INDEXES = List.of(
			new FullTextIndex("search_public", List.of("State", "Port", "Treaty", "Agency", "Source"),
					List.of("name", "nameNl", "nameFr", "title", "publisher", "iso2", "iso3", "locode", "id", "code")),
			new FullTextIndex("search_restricted", List.of("LiaisonOfficer"), List.of("name", "id")));

	private static final Map<String, NodeSpec> NODES_BY_LABEL = new LinkedHashMap<>();

	static {
		NODES.forEach(n -> NODES_BY_LABEL.put(n.label(), n));
	}

	private GraphModel() {
	}

	public static NodeSpec node(String label) {
		return NODES_BY_LABEL.get(label);
	}

	/**
	 * The Cypher expression of the key of a node bound to {@code variable} that has one of the
	 * labels, e.g. {@code coalesce(m.iso2, m.code)}; names come from the model, never from input.
	 */
	public static String keyExpression(String variable, List<String> labels) {
		return labels.stream()
			.map(l -> variable + "." + node(l).key().name())
			.distinct()
			.collect(Collectors.joining(", ", "coalesce(", ")"));
	}

	/** The relationship type of this name, or null. */
	public static RelSpec relationship(String type) {
		return RELATIONSHIPS.stream().filter(r -> r.type().equals(type)).findFirst().orElse(null);
	}

	/** The derived label of this name, or null. */
	public static DerivedSpec derived(String label) {
		return DERIVED.stream().filter(d -> d.label().equals(label)).findFirst().orElse(null);
	}

	/** The label or relationship type of this name, or null. */
	public static Target target(String name) {
		NodeSpec node = node(name);
		return (node != null) ? node : relationship(name);
	}

	/** The position of a target in the write order: labels first, Source before all, then types. */
	public static int writeOrder(Target target) {
		return switch (target) {
			case NodeSpec node -> NODES.indexOf(node);
			case RelSpec rel -> NODES.size() + RELATIONSHIPS.indexOf(rel);
		};
	}

	private static RelSpec rel(String type, List<String> from, List<String> to, PropertySpec... properties) {
		return new RelSpec(type, from, to, List.of(properties), List.of());
	}

}
