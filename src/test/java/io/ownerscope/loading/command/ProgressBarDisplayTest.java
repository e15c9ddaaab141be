package io.ownerscope.loading.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.ownerscope.loading.LoadProgress;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarDisplayTest {

    @TempDir
    Path dir;

    private final List<String> rendered = new CopyOnWriteArrayList<>();

    private ProgressBarDisplay display(Path input) {
        return new ProgressBarDisplay(input, () -> new DelegatingProgressBarConsumer(rendered::add),
                ProgressBarStyle.ASCII, 60_000);
    }

    @Test
    void showsTheShareOfTheInputReadAndTheRecordsHandled() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "id,type,name\n" + "a,company,A\n".repeat(9));
        Files.writeString(dir.resolve("relationships.csv"), "from_id,to_id,type\n" + "a,a,OWNS\n".repeat(9));

        try (var progress = display(dir)) {
            progress.start("csv", List.of("entities.csv", "relationships.csv"));
            progress.advanced(9, "entities.csv", 10);
            progress.advanced(14, "relationships.csv", 5);
        }

        assertThat(rendered.getLast()).contains("Loading csv", "75%", "15/20 lines", "14 records ");
    }

    @Test
    void aSingleFileIsFoundWhateverNameTheLoadGivesIt() throws Exception {
        var file = dir.resolve("statements.json");
        Files.writeString(file, "1\n2\n3\n4");

        try (var progress = display(file)) {
            progress.start("bods", List.of("statements.json"));
            progress.advanced(2, "statements.json", 2);
        }

        assertThat(rendered.getLast()).contains("50%", "2/4 lines", "2 records ");
    }

    @Test
    void noProgressIsShownWhenItIsTurnedOff() {
        assertThat(ProgressBarDisplay.forCommand(false, dir, System.err)).isSameAs(LoadProgress.NONE);
    }
}
