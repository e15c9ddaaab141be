package io.ownerscope.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What one load reads: the files of a directory or one file, under a dataset name.
 *
 * @param dataset the dataset name every written record carries
 * @param location where the input is (a path, or a classpath folder), recorded on the load run
 * @param directory whether the input is a directory of files rather than one file
 * @param files the files, by name
 * @param encoding the encoding of text input, for the readers that read more than UTF-8; null for their default
 * @param mapping a mapping file that says how a foreign CSV's columns become rows; null for none
 */
public record LoadInput(String dataset, String location, boolean directory, List<InputFile> files,
        Charset encoding, Path mapping) {

    public LoadInput {
        files = List.copyOf(files);
    }

    /** A file, or the regular files directly in a directory. */
    public static LoadInput of(Path path, String dataset) {
        var absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            try (Stream<Path> listed = Files.list(absolute)) {
                var files = listed.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
                        .map(LoadInput::file).toList();
                return new LoadInput(dataset, absolute.toString(), true, files, null, null);
            } catch (IOException e) {
                throw new LoadException("Cannot list " + absolute + ": " + e.getMessage(), e);
            }
        }
        if (!Files.exists(absolute)) {
            throw new LoadException("No such file or directory: " + absolute);
        }
        return new LoadInput(dataset, absolute.toString(), false, List.of(file(absolute)), null, null);
    }

    /** The files of a folder on the classpath (e.g. the demo case shipped in the jar), as a directory input. */
    public static LoadInput classpath(String folder, String dataset) {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*");
            var files = new ArrayList<InputFile>();
            for (var resource : resources) {
                if (resource.isReadable() && resource.getFilename() != null) {
                    files.add(new InputFile(resource.getFilename(), resource::getInputStream));
                }
            }
            files.sort(Comparator.comparing(InputFile::name));
            return new LoadInput(dataset, "classpath:" + folder, true, files, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the classpath folder " + folder, e);
        }
    }

    /** Files given as they are (e.g. built in memory), as a directory input. */
    public static LoadInput files(String dataset, String location, List<InputFile> files) {
        return new LoadInput(dataset, location, true, files, null, null);
    }

    public LoadInput withEncoding(Charset charset) {
        return new LoadInput(dataset, location, directory, files, charset, mapping);
    }

    public LoadInput withMapping(Path file) {
        return new LoadInput(dataset, location, directory, files, encoding, file);
    }

    /** The one file of an input that must be a single file. */
    public InputFile singleFile(String format) {
        if (directory || files.size() != 1) {
            throw new LoadException(location + ": is a directory; --format " + format + " reads one file");
        }
        return files.getFirst();
    }

    /** The file with this name, if the input has it. */
    public Optional<InputFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static InputFile file(Path path) {
        return new InputFile(String.valueOf(path.getFileName()), () -> Files.newInputStream(path));
    }
}
