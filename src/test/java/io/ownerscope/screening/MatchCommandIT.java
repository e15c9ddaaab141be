package io.ownerscope.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import io.ownerscope.testing.CommandLineTest;
import org.junit.jupiter.api.Test;

class MatchCommandIT extends CommandLineTest {

    @Test
    void labelledPairsAreScoredWithoutTheGraphAndTheFiguresPrinted() throws Exception {
        var pairs = Files.writeString(dir.resolve("labelled.csv"), """
                name1,name2,is_match,schema
                DALA TREID LLP,ТОО «Дала Трейд»,true,Company
                Sergei Petrovich Ivanov,Иванов Сергей Петрович,true,Person
                Radiokomplekt-M,Radiokomplekt-2,false,Company
                Alfa Trade LLC,Alfa Tech LLC,false,Company
                Vector,,true,Company
                """);
        var scored = dir.resolve("scored.csv");
        var store = dir.resolve("store");

        int exit = cli("match", "--pairs", pairs.toString(), "--output", scored.toString(),
                "--ownerscope.embedded.store-path=" + store);

        assertThat(exit).as("one row has no second name").isEqualTo(1);
        assertThat(terminal.stdout()).contains("4 pairs (2 matches, 2 non-matches)",
                "| 0.75 (default) | 1.000 | 1.000 | 1.000 | 2 | 0 | 0 |");
        assertThat(terminal.stderr()).contains("labelled.csv:6: skipped");
        assertThat(Files.readAllLines(scored)).first().isEqualTo("name1,name2,is_match,schema,score,match");
        assertThat(Files.readAllLines(scored)).hasSize(5);
        assertThat(store).as("scoring pairs starts no store").doesNotExist();
    }

    @Test
    void aSpreadsheetIsScreenedAgainstTheGraph() throws Exception {
        var registry = Files.createDirectories(dir.resolve("registry"));
        Files.writeString(registry.resolve("entities.csv"), """
                id,type,name,country
                kz-dala,company,ТОО «Дала Трейд»,KZ
                ru-vector,company,ООО «Вектор Комплект»,RU
                """);
        assertThat(cli("load", "--format", "csv", registry.toString(), onHarness())).isZero();
        var suppliers = Files.writeString(dir.resolve("suppliers.csv"), """
                Supplier,Country
                DALA TREID LLP,KZ
                Nobody Known GmbH,DE
                """);
        var screened = dir.resolve("screened.csv");

        int exit = cli("match", "--input", suppliers.toString(), "--columns", "name=Supplier,country=Country",
                "--output", screened.toString(), "--limit", "1", "--no-progress", onHarness());

        assertThat(exit).isZero();
        var lines = Files.readAllLines(screened);
        assertThat(lines.getFirst()).startsWith("Supplier,Country,match_rank,match_id,match_name");
        assertThat(lines.get(1)).startsWith("DALA TREID LLP,KZ,1,kz-dala,ТОО «Дала Трейд»,Company,registry,false,")
                .contains(",true,name ");
        assertThat(terminal.stdout()).contains("2 rows screened");
    }
}
