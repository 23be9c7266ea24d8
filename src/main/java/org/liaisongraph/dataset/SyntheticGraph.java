package org.liaisongraph.dataset;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.liaisongraph.model.GraphModel;


/**
 * A synthetic graph at a multiple of national scale, for benchmarks: {@code synth --scale 10
 * <folder>} writes import files that go on top of the reference dataset (its states, ports,
 * agencies and the home state BE). Scale 1 is 250 ports, 5,000 bilateral treaties with about 3.5
 * clauses each, 2,000 routes of about 4 calls and 100,000 seizures, plus officers, posts,
 * convictions and proposed sanctions in proportion. Fan-outs are skewed as real ones are: a few
 * states hold most ports and treaties, a few routes carry most seizures (Zipf weights).
 * <p>
 * Every fact cites the one source {@code synthetic}, graded F: invented, flagged as illustrative,
 * kept out of the analyses' defaults. The same scale always gives the same files (fixed seed, fixed
 * formatting). Synthetic ports have no coordinates, so their legs have no sea distance: computing
 * tens of thousands of them would dominate the import, and the figures would be invented anyway.
 */
public final class SyntheticGraph {

	/** The home state and its neighbours: the ports where most routes end. */
	private static final Set<String> DESTINATION_STATES = Set.of("BE", "NL", "FR", "DE", "ES", "IT", "PT", "GB");

	private static final String SOURCE = "synthetic";

	private static final String LOCODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789";

	private static final String[] DRUGS = { "cocaine", "cannabis", "heroin", "synthetic" };

	private static final long SEED = 20_261_130L;

	private final double scale;

	private final SplittableRandom random = new SplittableRandom(SEED);

	private final List<String> states;

	private final List<String> referencePorts;

	private final double[] stateWeights;

	private SyntheticGraph(double scale, List<String> states, List<String> referencePorts) {
		this.scale = scale;
		this.states = shuffledAfterHome(states);
		this.referencePorts = referencePorts;
		this.stateWeights = zipf(states.size());
	}

	/** Whether these program arguments ask for a synthetic graph. */
	public static boolean requested(String[] args) {
		return args.length > 0 && args[0].equals("synth");
	}

	/**
	 * Runs {@code synth [--scale N] <folder>} and returns the exit code; no Spring context, no
	 * database.
	 */
	public static int run(String[] args) {
		double scale = 1;
		Path folder = null;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--scale") && i + 1 < args.length) {
				scale = Double.parseDouble(args[++i]);
			}
			else if (args[i].startsWith("--scale=")) {
				scale = Double.parseDouble(args[i].substring("--scale=".length()));
			}
			else if (!args[i].startsWith("--")) {
				folder = Path.of(args[i]);
			}
		}
		if (folder == null || !(scale > 0)) {
			System.err.println("usage: synth [--scale N] <folder>   (N > 0; 1 is national scale)");
			return DatasetCommand.USAGE;
		}
		Map<String, Integer> rows = write(scale, folder);
		rows.forEach((file, n) -> System.out.println(ImportResult.rows(file, n)));
		System.out.println("Wrote " + rows.values().stream().mapToLong(Integer::longValue).sum() + " rows into "
				+ folder.toAbsolutePath() + "; import the reference dataset first, then this folder");
		return DatasetCommand.OK;
	}

	/** Writes the graph of this scale into the folder, created if missing; the rows written by file. */
	public static Map<String, Integer> write(double scale, Path folder) {
		var states = firstColumn("dataset/State.csv");
		var ports = firstColumn("dataset/Port.csv");
		try {
			Files.createDirectories(folder);
			return new SyntheticGraph(scale, states, ports).writeAll(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the synthetic graph into " + folder, ex);
		}
	}

	private int count(int national, int least) {
		return Math.max(least, (int) Math.round(national * scale));
	}

	private Map<String, Integer> writeAll(Path folder) throws IOException {
		var rows = new LinkedHashMap<String, Integer>();
		try (var files = new Output(folder, rows)) {
			files.row("Source.csv", "id,title,publisher,reliability",
					SOURCE + ",Synthetic graph at " + format(scale)
							+ " times national scale (invented for benchmarks),Liaison Graph synth,F");
			List<String> ports = ports(files);
			treaties(files);
			List<String[]> routes = routes(files, ports);
			seizures(files, routes);
			officersAndPosts(files, ports);
			convictionsAndSanctions(files);
		}
		return rows;
	}

	private List<String> ports(Output files) throws IOException {
		int n = count(250, 5);
		var taken = new HashSet<>(referencePorts);
		var perState = new HashMap<String, Integer>();
		var ports = new ArrayList<String>();
		files.header("Port.csv", "locode,name,source,credibility");
		files.header("IN_STATE.csv", "fromLabel,from,to,source");
		while (ports.size() < n) {
			String state = states.get(pick(stateWeights));
			int i = perState.merge(state, 1, Integer::sum);
			int chars = LOCODE_CHARS.length();
			if (i >= chars * chars * 5) {
				continue;
			}
			// Z, 9, 8, 7, 6 as third letter: codes the UN does not use for real ports
			String locode = state + "Z9876".charAt(i / (chars * chars)) + LOCODE_CHARS.charAt(i / chars % chars)
					+ LOCODE_CHARS.charAt(i % chars);
			if (taken.add(locode)) {
				ports.add(locode);
				files.row("Port.csv", locode + ",Synthetic port " + locode + "," + SOURCE + ",6");
				files.row("IN_STATE.csv", "Port," + locode + "," + state + "," + SOURCE);
			}
		}
		return ports;
	}

	private void treaties(Output files) throws IOException {
		int n = count(5_000, 10);
		List<String> types = values("Clause", "type");
		files.header("Treaty.csv", "id,title,kind,status,signedOn,inForceFrom,terminatedOn,source,credibility");
		files.header("PARTY_TO.csv", "fromLabel,from,to,since,source");
		files.header("Clause.csv", "id,type,article,binding,summary,source,credibility");
		files.header("HAS_CLAUSE.csv", "from,to,source");
		for (int t = 1; t <= n; t++) {
			String id = "syn-treaty-%07d".formatted(t);
			String a = states.get(pick(stateWeights));
			String b;
			do {
				b = states.get(pick(stateWeights));
			}
			while (b.equals(a));
			LocalDate signed = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(64 * 365));
			int roll = random.nextInt(100);
			String status = roll < 80 ? "IN_FORCE" : roll < 90 ? "SIGNED" : roll < 97 ? "TERMINATED" : "SUSPENDED";
			String inForce = status.equals("SIGNED") ? "" : signed.plusDays(30 + random.nextInt(720)).toString();
			String terminated = status.equals("TERMINATED") ? LocalDate.parse(inForce).plusYears(5).toString() : "";
			files.row("Treaty.csv", String.join(",", id, "Synthetic agreement " + a + "-" + b + " " + t, "BILATERAL",
					status, signed.toString(), inForce, terminated, SOURCE, "6"));
			files.row("PARTY_TO.csv", "State," + a + "," + id + ",," + SOURCE);
			files.row("PARTY_TO.csv", "State," + b + "," + id + ",," + SOURCE);
			int clauses = 1 + random.nextInt(6);
			int first = random.nextInt(types.size());
			for (int c = 0; c < clauses; c++) {
				String clause = id + "-art" + (c + 1);
				files.row("Clause.csv", String.join(",", clause, types.get((first + c) % types.size()),
						Integer.toString(c + 1), random.nextInt(10) < 8 ? "true" : "false", "", SOURCE, "6"));
				files.row("HAS_CLAUSE.csv", id + "," + clause + "," + SOURCE);
			}
		}
	}

	/** Each route as its id, origin port and destination port. */
	private List<String[]> routes(Output files, List<String> ports) throws IOException {
		int n = count(2_000, 5);
		var destinations = referencePorts.stream().filter(p -> DESTINATION_STATES.contains(p.substring(0, 2))).toList();
		List<String> commodities = values("TraffickingRoute", "commodity");
		List<String> modalities = values("TraffickingRoute", "modality");
		double[] portWeights = zipf(ports.size());
		files.header("TraffickingRoute.csv", "id,name,commodity,modality,active,source,credibility");
		files.header("CALLS_AT.csv", "from,to,seq,role,source");
		var routes = new ArrayList<String[]>();
		while (routes.size() < n) {
			int r = routes.size() + 1;
			String id = "syn-route-%06d".formatted(r);
			int calls = 2 + random.nextInt(5);
			var stops = new ArrayList<String>();
			while (stops.size() < calls - 1) {
				String port = ports.get(pick(portWeights));
				if (!stops.contains(port)) {
					stops.add(port);
				}
			}
			// most routes end in a European port of the reference dataset, the others in a synthetic one
			String destination = random.nextInt(10) < 7 ? destinations.get(random.nextInt(destinations.size()))
					: ports.get(random.nextInt(ports.size()));
			if (stops.contains(destination)) {
				continue;
			}
			stops.add(destination);
			files.row("TraffickingRoute.csv", String.join(",", id, "Synthetic route " + r,
					commodities.get(random.nextInt(commodities.size())), modalities.get(random.nextInt(modalities.size())), random.nextInt(10) < 8 ? "true" : "false",
					SOURCE, "6"));
			for (int s = 0; s < stops.size(); s++) {
				String role = s == 0 ? "ORIGIN" : s == stops.size() - 1 ? "DESTINATION" : "TRANSIT";
				files.row("CALLS_AT.csv", id + "," + stops.get(s) + "," + s + "," + role + "," + SOURCE);
			}
			routes.add(new String[] { id, stops.getFirst(), destination });
		}
		return routes;
	}

	private void seizures(Output files, List<String[]> routes) throws IOException {
		int n = count(100_000, 50);
		double[] routeWeights = zipf(routes.size());
		files.header("Seizure.csv", "id,seizedOn,drug,quantityKg,concealment,source,credibility");
		files.header("AT.csv", "from,to,source");
		files.header("SHIPPED_FROM.csv", "from,to,source");
		files.header("ON_ROUTE.csv", "from,to,source");
		LocalDate start = LocalDate.of(2015, 1, 1);
		for (int s = 1; s <= n; s++) {
			String id = "syn-seizure-%08d".formatted(s);
			String[] route = routes.get(pick(routeWeights));
			// quantities are skewed too: many small seizures, a few of tonnes
			double kg = Math.round(Math.pow(random.nextDouble(), 4) * 5_000 * 10 + 1) / 10.0;
			files.row("Seizure.csv", String.join(",", id, start.plusDays(random.nextInt(11 * 365)).toString(),
					DRUGS[random.nextInt(DRUGS.length)], format(kg), "", SOURCE, "6"));
			files.row("AT.csv", id + "," + route[2] + "," + SOURCE);
			files.row("SHIPPED_FROM.csv", id + "," + route[1] + "," + SOURCE);
			if (random.nextBoolean()) {
				files.row("ON_ROUTE.csv", id + "," + route[0] + "," + SOURCE);
			}
		}
	}

	private void officersAndPosts(Output files, List<String> ports) throws IOException {
		List<String> roles = values("LiaisonOfficer", "role");
		files.header("LiaisonOfficer.csv", "id,role,name,since,until,source,credibility");
		files.header("POSTED_AT.csv", "from,to,source");
		files.header("ACCREDITED_TO.csv", "from,to,source");
		files.header("SENT_BY.csv", "from,to,source");
		for (int o = 1; o <= count(50, 2); o++) {
			String id = "syn-officer-%05d".formatted(o);
			String port = ports.get(random.nextInt(ports.size()));
			files.row("LiaisonOfficer.csv", String.join(",", id, roles.get(random.nextInt(roles.size())),
					"Synthetic officer " + o, LocalDate.of(2016 + random.nextInt(9), 1 + random.nextInt(12), 1).toString(),
					"", SOURCE, "6"));
			files.row("POSTED_AT.csv", id + "," + port + "," + SOURCE);
			files.row("ACCREDITED_TO.csv", id + "," + port.substring(0, 2) + "," + SOURCE);
			files.row("SENT_BY.csv", id + "," + (random.nextBoolean() ? "BE-FEDPOL" : "BE-CUSTOMS") + "," + SOURCE);
		}
		files.header("Post.csv", "id,name,kind,onDrugRoute,source,credibility");
		files.header("COVERS.csv", "from,to,source");
		for (int p = 1; p <= count(20, 1); p++) {
			String id = "syn-post-%05d".formatted(p);
			String port = ports.get(random.nextInt(ports.size()));
			files.row("Post.csv", id + ",Synthetic liaison office " + p + ",LIAISON_OFFICE,true," + SOURCE + ",6");
			files.row("IN_STATE.csv", "Post," + id + "," + port.substring(0, 2) + "," + SOURCE);
			var covered = new HashSet<String>();
			for (int c = 0; c < 1 + random.nextInt(4); c++) {
				String other = ports.get(random.nextInt(ports.size()));
				if (covered.add(other)) {
					files.row("COVERS.csv", id + "," + other + "," + SOURCE);
				}
			}
		}
	}

	private void convictionsAndSanctions(Output files) throws IOException {
		files.header("NATIONALS_CONVICTED.csv", "from,to,year,count,source");
		var convicted = new HashSet<String>();
		for (int c = 0; c < count(50, 2); c++) {
			String state = states.get(pick(stateWeights));
			if (!state.equals("BE") && convicted.add(state)) {
				for (int year = 2015; year <= 2025; year++) {
					files.row("NATIONALS_CONVICTED.csv",
							state + ",BE," + year + "," + (1 + random.nextInt(300)) + "," + SOURCE);
				}
			}
		}
		List<String> kinds = values("SanctionMeasure", "kind");
		files.header("SanctionMeasure.csv", "id,kind,status,reviewBy,source,credibility");
		files.header("TARGETS.csv", "from,to,source");
		files.header("IMPOSED_BY.csv", "from,toLabel,to,source");
		for (int m = 1; m <= count(20, 1); m++) {
			String id = "syn-sanction-%05d".formatted(m);
			files.row("SanctionMeasure.csv",
					id + "," + kinds.get(random.nextInt(kinds.size())) + ",PROPOSED,2027-12-31," + SOURCE + ",6");
			files.row("TARGETS.csv", id + "," + states.get(pick(stateWeights)) + "," + SOURCE);
			files.row("IMPOSED_BY.csv", id + ",State,BE," + SOURCE);
		}
	}

	/** The states in a fixed random order, the home state first: the order of their weights. */
	private List<String> shuffledAfterHome(List<String> all) {
		var others = new ArrayList<>(all);
		others.remove("BE");
		for (int i = others.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			others.set(j, others.set(i, others.get(j)));
		}
		others.addFirst("BE");
		return others;
	}

	/** The values a property of the model may take, in their declared order. */
	private static List<String> values(String label, String property) {
		return List.copyOf(GraphModel.node(label).property(property).orElseThrow().values());
	}

	/** Cumulative Zipf weights (exponent 0.8) over n items: item 0 the most likely. */
	private static double[] zipf(int n) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1 / Math.pow(i + 1, 0.8);
			cumulative[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	private int pick(double[] cumulative) {
		int i = Arrays.binarySearch(cumulative, random.nextDouble());
		return Math.min(cumulative.length - 1, (i >= 0) ? i : -i - 1);
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	/** The keys of a reference dataset file. */
	private static List<String> firstColumn(String resource) {
		var stream = SyntheticGraph.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("No " + resource + " on the classpath");
		}
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The files being written, each opened with its header on first use, and their row counts. */
	private static final class Output implements AutoCloseable {

		private final Path folder;

		private final Map<String, Integer> rows;

		private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();

		Output(Path folder, Map<String, Integer> rows) {
			this.folder = folder;
			this.rows = rows;
		}

		void header(String file, String header) throws IOException {
			if (!writers.containsKey(file)) {
				var writer = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
				writer.write(header);
				writer.write('\n');
				writers.put(file, writer);
				rows.put(file, 0);
			}
		}

		void row(String file, String header, String row) throws IOException {
			header(file, header);
			row(file, row);
		}

		void row(String file, String row) throws IOException {
			var writer = writers.get(file);
			writer.write(row);
			writer.write('\n');
			rows.merge(file, 1, Integer::sum);
		}

		@Override
		public void close() throws IOException {
			for (var writer : writers.values()) {
				writer.close();
			}
		}

	}

}
