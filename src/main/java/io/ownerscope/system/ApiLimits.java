package io.ownerscope.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Caps on what one request may send and one answer may list.
 *
 * @param maxBodySize the largest request body read; a larger one is answered 413
 * @param maxOwners the most owners one owners answer lists ({@code truncated} when there are more)
 * @param maxHoldings the most holdings one holdings answer lists ({@code truncated} when there are more)
 */
@ConfigurationProperties("ownerscope.api")
public record ApiLimits(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("500") int maxOwners,
        @DefaultValue("500") int maxHoldings) {

    public ApiLimits {
        if (maxOwners < 1 || maxHoldings < 1) {
            throw new IllegalArgumentException("ownerscope.api.max-owners and max-holdings must be 1 or more");
        }
    }
}
