package io.ownerscope.loading;

/** Published after a load has written to the graph, so that derived facts (designations) can be refreshed. */
public record GraphLoaded(LoadReport report) {
}
