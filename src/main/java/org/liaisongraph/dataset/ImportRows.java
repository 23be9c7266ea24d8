package org.liaisongraph.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the rows of one import file one at a time, CSV or JSON alike: a CSV row is a record under
 * the header, a JSON row an object of the top-level array whose fields are the CSV columns.
 */
sealed interface ImportRows extends Closeable {

	/**
	 * One row: its line in the file (for JSON, the line where its object starts), its cells by
	 * column, and what is wrong with cells that are no values at all.
	 *
	 * @param line     line in the file
	 * @param cells    column -> text; a column missing from the map is absent, a null cell empty
	 * @param problems column -> reason, for cells that cannot be read as text; {@code row} for a CSV
	 *                 row with more or fewer cells than its header
	 */
	record Row(long line, Map<String, String> cells, Map<String, String> problems) {

		boolean has(String column) {
			return cells.containsKey(column);
		}

		/** The cell's text, or null when it is absent or empty. */
		String get(String column) {
			String text = cells.get(column);
			return (text == null || text.isEmpty()) ? null : text;
		}

	}

	/** The file cannot be read further: not CSV, not JSON, or not UTF-8. */
	final class Unreadable extends RuntimeException {

		private final long line;

		Unreadable(long line, String reason) {
			super(reason);
			this.line = line;
		}

		long line() {
			return line;
		}

	}

	/** The columns every row has (the CSV header), or null when each row names its own (JSON). */
	List<String> header();

	/** The next row, or null after the last. @throws Unreadable when the file cannot be read further */
	Row next();

	static ImportRows open(String fileName, Reader reader) {
		return fileName.endsWith(".json") ? new Json(reader) : new Csv(reader);
	}

	final class Csv implements ImportRows {

		private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.get();

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private final List<String> header;

		Csv(Reader reader) {
			try {
				this.parser = CSVParser.parse(reader, FORMAT);
				this.records = parser.iterator();
				this.header = parser.getHeaderNames();
			}
			catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
				throw unreadable(1, ex);
			}
		}

		@Override
		public List<String> header() {
			return header;
		}

		@Override
		public Row next() {
			long line = parser.getCurrentLineNumber() + 1;
			try {
				if (!records.hasNext()) {
					return null;
				}
				CSVRecord record = records.next();
				Map<String, String> cells = new HashMap<>();
				for (String column : header) {
					cells.put(column, record.isSet(column) ? record.get(column) : null);
				}
				// an unquoted comma shifts every cell after it into the wrong column
				return new Row(line, cells, (record.size() == header.size()) ? Map.of()
						: Map.of("row", "has " + record.size() + " cells, the header " + header.size()));
			}
			catch (UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
				throw unreadable(line, ex);
			}
		}

		@Override
		public void close() throws IOException {
			parser.close();
		}

		private static Unreadable unreadable(long line, Exception ex) {
			Throwable cause = (ex instanceof UncheckedIOException u) ? u.getCause() : ex;
			return new Unreadable(line, (cause instanceof CharacterCodingException) ? "is not UTF-8 text"
					: "is not valid CSV: " + ex.getMessage());
		}

	}

	final class Json implements ImportRows {

		// the parser reads one element of the array at a time: what follows an element is the next one
		private static final JsonMapper MAPPER = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();

		private final JsonParser parser;

		Json(Reader reader) {
			try {
				this.parser = MAPPER.createParser(reader);
				if (parser.nextToken() != JsonToken.START_ARRAY) {
					throw new Unreadable(line(), "is not a JSON array of objects");
				}
			}
			catch (JacksonException ex) {
				throw unreadable(ex);
			}
		}

		@Override
		public List<String> header() {
			return null;
		}

		@Override
		public Row next() {
			try {
				JsonToken token = parser.nextToken();
				if (token == JsonToken.END_ARRAY) {
					if (parser.nextToken() != null) {
						throw new Unreadable(line(), "is not valid JSON: something follows the array");
					}
					return null;
				}
				if (token == null) {
					throw new Unreadable(line(), "is not valid JSON: the array is not closed");
				}
				long line = line();
				if (token != JsonToken.START_OBJECT) {
					parser.skipChildren();
					throw new Unreadable(line, "is not a JSON array of objects: this element is not an object");
				}
				return row(line, MAPPER.readTree(parser));
			}
			catch (JacksonException ex) {
				throw unreadable(ex);
			}
		}

		private long line() {
			return parser.currentTokenLocation().getLineNr();
		}

		/** Values become the text a CSV cell would hold; an array is the {@code ;}-separated list. */
		private static Row row(long line, JsonNode object) {
			Map<String, String> cells = new LinkedHashMap<>();
			Map<String, String> problems = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				JsonNode value = field.getValue();
				if (value.isArray()) {
					List<String> items = new ArrayList<>();
					for (JsonNode item : value.values()) {
						if (item.isContainer()) {
							problems.put(field.getKey(), "must be a value or an array of values");
						}
						else {
							items.add(item.isNull() ? "" : item.asString());
						}
					}
					cells.put(field.getKey(), items.stream().collect(Collectors.joining(";")));
				}
				else if (value.isObject()) {
					problems.put(field.getKey(), "must be a value or an array of values");
				}
				else {
					cells.put(field.getKey(), value.isNull() ? null : value.asString());
				}
			}
			return new Row(line, cells, problems);
		}

		@Override
		public void close() throws IOException {
			parser.close();
		}

		private static Unreadable unreadable(JacksonException ex) {
			Throwable cause = ex.getCause();
			long line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			return new Unreadable(Math.max(line, 0), (cause instanceof CharacterCodingException) ? "is not UTF-8 text"
					: "is not valid JSON: " + ex.getOriginalMessage());
		}

	}

}
