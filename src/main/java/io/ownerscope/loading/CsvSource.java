package io.ownerscope.loading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/** One CSV file to load: its name (e.g. {@code entities.csv}) and how to open it. */
public record CsvSource(String name, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** The canonical files present in a directory. */
    public static List<CsvSource> directory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new LoadException("Not a directory: " + directory);
        }
        var sources = new ArrayList<CsvSource>();
        for (var file : CanonicalFile.values()) {
            var path = directory.resolve(file.fileName());
            if (Files.isRegularFile(path)) {
                sources.add(new CsvSource(file.fileName(), () -> Files.newInputStream(path)));
            }
        }
        if (sources.isEmpty()) {
            throw new LoadException("No canonical CSV file (" + CanonicalFile.fileNames() + ") in " + directory);
        }
        return sources;
    }

    /** The canonical files present in a classpath folder, e.g. the demo case shipped in the jar. */
    public static List<CsvSource> classpath(String folder) {
        var sources = new ArrayList<CsvSource>();
        for (var file : CanonicalFile.values()) {
            var resource = new ClassPathResource(folder + "/" + file.fileName());
            if (resource.exists()) {
                sources.add(new CsvSource(file.fileName(), resource::getInputStream));
            }
        }
        if (sources.isEmpty()) {
            throw new LoadException("No canonical CSV file on the classpath under " + folder);
        }
        return sources;
    }
}
