package io.ownerscope.identity;

/** Published after an on-demand relink changed the identity links, so that derived facts can be refreshed. */
public record IdentityRelinked(IdentityLinks.Counts counts) {
}
