package io.ownerscope.loading;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize rows per write transaction
 * @param rejectsDir where {@code load} writes a rejects file when {@code --rejects} names none
 * @param writers write transactions a load keeps in flight at once over Bolt while it reads the rows that follow
 * @param createNew create the rows that no node or relationship has the id or key of yet and merge only the
 *        others (one look-up a batch, the same graph as merging every row); false merges every row
 */
@ConfigurationProperties("ownerscope.load")
public record LoadSettings(@DefaultValue("10000") int batchSize, @DefaultValue("rejects") Path rejectsDir,
        @DefaultValue("" + LoadSettings.DEFAULT_WRITERS) int writers, @DefaultValue("true") boolean createNew) {

    /** Two: one transaction commits while the next is executed, on two cores. */
    public static final int DEFAULT_WRITERS = 2;
}
