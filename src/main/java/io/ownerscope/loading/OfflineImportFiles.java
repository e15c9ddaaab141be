package io.ownerscope.loading;

import java.nio.file.Path;
import java.util.List;

/**
 * The input of one offline import: node files and relationship files in a directory of their own.
 *
 * @param emptyAliases the entities whose aliases are an empty list, which the importer cannot write
 */
record OfflineImportFiles(Path directory, List<OfflineImportFile> nodes, List<OfflineImportFile> relationships,
        List<String> emptyAliases) {

    boolean multiline() {
        return nodes.stream().anyMatch(OfflineImportFile::multiline)
                || relationships.stream().anyMatch(OfflineImportFile::multiline);
    }

    List<Path> nodePaths() {
        return nodes.stream().map(OfflineImportFile::path).toList();
    }

    List<Path> relationshipPaths() {
        return relationships.stream().map(OfflineImportFile::path).toList();
    }
}
