package org.liaisongraph.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One file of an import held in memory, CSV or JSON: its name says which label or relationship type
 * it holds and in which format.
 *
 * @param name    file name, e.g. State.csv, MEMBER_OF.csv or Treaty.json
 * @param content the file's text
 */
public record ImportFile(String name, String content) implements ImportInput {

	@Override
	public Reader open() throws IOException {
		return ImportInput.withoutByteOrderMark(new StringReader(content));
	}

	/** The CSV and JSON files of a folder on disk, by name. */
	public static List<ImportFile> fromFolder(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			var result = new ArrayList<ImportFile>();
			for (Path file : files.filter(f -> ImportInput.isImportFile(f.getFileName().toString())).sorted().toList()) {
				result.add(new ImportFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read import folder " + folder, ex);
		}
	}

	/**
	 * Writes files into a folder, created if missing; files of other names already there stay.
	 */
	public static void toFolder(List<ImportFile> files, Path folder) {
		try {
			Files.createDirectories(folder);
			for (ImportFile file : files) {
				Files.writeString(folder.resolve(file.name()), file.content(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write to " + folder, ex);
		}
	}

	/** The CSV and JSON files under a classpath location such as {@code classpath:dataset}, by name. */
	public static List<ImportFile> fromClasspath(String location) {
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			Resource[] resources = Stream
				.concat(Arrays.stream(resolver.getResources(location + "/*.csv")),
						Arrays.stream(resolver.getResources(location + "/*.json")))
				.toArray(Resource[]::new);
			var result = new ArrayList<ImportFile>();
			for (Resource resource : Arrays.stream(resources)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList()) {
				result.add(new ImportFile(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

}
