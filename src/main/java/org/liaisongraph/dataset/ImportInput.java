package org.liaisongraph.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.InputStreamSource;

/**
 * One file of an import, opened as often as the import needs: once to check every row, once more
 * to write them, so that the parsed rows of a large import never sit in memory all at once.
 */
interface ImportInput {

	/** File name, e.g. State.csv or PARTY_TO.json: it names the label or relationship type. */
	String name();

	/** A new reader over the whole content, from its start. */
	Reader open() throws IOException;

	/**
	 * What changes when the content changes between the check and the write, or null when the
	 * content cannot change.
	 */
	default Object fingerprint() throws IOException {
		return null;
	}

	/** The CSV and JSON files of a folder on disk, by name, read from disk each time. */
	static List<ImportInput> fromFolder(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> isImportFile(f.getFileName().toString()))
				.sorted()
				.<ImportInput>map(PathInput::new)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read import folder " + folder, ex);
		}
	}

	/** An uploaded file, or anything else that can be opened again. */
	static ImportInput of(String name, InputStreamSource source) {
		return new StreamInput(name, source);
	}

	static boolean isImportFile(String name) {
		return name.endsWith(".csv") || name.endsWith(".json");
	}

	/** UTF-8, strictly: a byte that is not UTF-8 is an error rather than a replacement character. */
	static Reader utf8(InputStream in) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return withoutByteOrderMark(new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024));
	}

	/** Spreadsheet programs start UTF-8 files with a byte order mark that would stick to the first column. */
	static Reader withoutByteOrderMark(Reader reader) throws IOException {
		var buffered = (reader instanceof BufferedReader b) ? b : new BufferedReader(reader);
		buffered.mark(1);
		if (buffered.read() != '\uFEFF') {
			buffered.reset();
		}
		return buffered;
	}

	record PathInput(Path path) implements ImportInput {

		@Override
		public String name() {
			return path.getFileName().toString();
		}

		@Override
		public Reader open() throws IOException {
			return utf8(Files.newInputStream(path));
		}

		@Override
		public Object fingerprint() throws IOException {
			return List.of(Files.size(path), Files.getLastModifiedTime(path));
		}

	}

	record StreamInput(String name, InputStreamSource source) implements ImportInput {

		@Override
		public Reader open() throws IOException {
			return utf8(source.getInputStream());
		}

	}

}
