package io.ownerscope.resolution;

/** Published when decisions joined or unjoined records, so that what follows the clusters is refreshed. */
public record ClustersChanged(String reason) {
}
