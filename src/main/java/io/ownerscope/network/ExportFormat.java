package io.ownerscope.network;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The files a subgraph is exported as: its name in the API, its media type and its file name's ending. */
enum ExportFormat {
    /** GraphML with typed attribute keys, for Gephi, yEd, Cytoscape and graph libraries. */
    GRAPHML("application/graphml+xml", "graphml"),
    /** A zip of nodes.csv and edges.csv in Gephi's spreadsheet columns, for Gephi and spreadsheets. */
    CSV("application/zip", "csv.zip"),
    /** FollowTheMoney entities, one JSON object a line, for Aleph, OpenSanctions' tools and ownerscope's FtM reader. */
    FTM("application/x-ndjson", "ftm.json");

    static final List<String> NAMES = Arrays.stream(values()).map(ExportFormat::apiName).toList();

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<ExportFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> name != null && f.apiName().equalsIgnoreCase(name.strip()))
                .findFirst();
    }
}
