package io.ownerscope.loading.offline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The input of one offline import: node files and relationship files in a directory of their own.
 *
 * @param entityPatches per entity ({@code id}, {@code properties}) what the importer cannot write: the further
 *     properties of a mapping
 */
record OfflineImportFiles(Path directory, List<OfflineImportFile> nodes, List<OfflineImportFile> relationships,
        List<Map<String, Object>> entityPatches) {

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
