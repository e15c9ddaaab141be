package io.ownerscope.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds saved query files: those shipped under {@code cypher/queries/} and, if set, those in a folder. */
final class QueryFiles {

    static final String FOLDER = "cypher/queries/";

    /**
     * @param file the path under the queries folder, with {@code /} separators
     * @param origin where it was found, for messages: {@code classpath} or the folder
     */
    record QueryFile(String file, String origin, String text) {
    }

    private QueryFiles() {
    }

    /** The queries shipped with the application: {@code classpath*:cypher/queries/**}{@code /*.cypher}. */
    static List<QueryFile> shipped() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER
                    + "**/*.cypher");
            var files = new ArrayList<QueryFile>();
            for (Resource resource : resources) {
                var url = resource.getURL().toString();
                var file = url.substring(url.lastIndexOf(FOLDER) + FOLDER.length());
                files.add(new QueryFile(file, "classpath", read(resource)));
            }
            files.sort(Comparator.comparing(QueryFile::file));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the saved queries", e);
        }
    }

    /** The {@code .cypher} files under {@code folder}, at any depth. */
    static List<QueryFile> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The saved queries folder does not exist: " + folder);
        }
        try (var paths = Files.walk(folder)) {
            return paths.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".cypher"))
                    .sorted()
                    .map(p -> new QueryFile(folder.relativize(p).toString().replace('\\', '/'), folder.toString(),
                            readFile(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the saved queries in " + folder, e);
        }
    }

    private static String read(Resource resource) throws IOException {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String readFile(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
