package io.ownerscope.loading;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** What every load does with bad rows, a reject limit, unreadable input and a run that was cut short. */
class LoadRobustnessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    Graph graph;
    LoadService loader;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        loader = TestLoads.service(graph, 2);
    }

    private <T> T withRejects(Path rejects, long maxRejects, Function<LoadOptions, T> load) {
        try (var file = new RejectsFile(rejects)) {
            return load.apply(new LoadOptions(file, maxRejects, LoadProgress.NONE));
        }
    }

    private Path csvDirectory(String name, String entities) throws Exception {
        var directory = Files.createDirectories(dir.resolve(name));
        Files.writeString(directory.resolve("entities.csv"), entities);
        return directory;
    }

    private Map<String, Object> loadRun(String id) {
        return query(graph, "MATCH (r:LoadRun {id: $id}) RETURN r", Map.of("id", id)).getFirst().get("r").asMap();
    }

    private long entities() {
        return query(graph, "MATCH (e:Entity) RETURN count(e) AS n").getFirst().get("n").asLong();
    }

    @Test
    void moreRejectsThanToleratedAbortTheLoadKeepTheRejectsAndMarkTheRun() throws Exception {
        var input = csvDirectory("bad", "id,type,name\na,company,A\nb,company,B\nc,boat,C\nd,company,D\ne,boat,E\n"
                + "f,company,F\ng,boat,G\n");
        var rejects = dir.resolve("rejects/bad.jsonl");

        var aborted = (LoadAbortedException) org.assertj.core.api.Assertions.catchThrowable(() -> withRejects(
                rejects, 1, options -> loader.load("csv", LoadInput.of(input, "registry"), options)));

        assertThat(aborted.getMessage()).contains("aborted: 2 rows rejected, more than the 1 tolerated");
        assertThat(aborted.report().counts()).isEqualTo(new LoadCounts(2, 0, 0, 0, 0, 2));
        assertThat(loadRun(aborted.report().loadRunId())).containsEntry("status", "aborted")
                .containsEntry("entities", 2L).containsEntry("rejected", 2L)
                .containsEntry("stoppedBecause", "2 rows rejected, more than the 1 tolerated (--max-rejects)")
                .containsKeys("startedAt", "stoppedAt").doesNotContainKey("finishedAt");
        assertThat(Files.readAllLines(rejects)).hasSize(2);
        assertThat(entities()).isEqualTo(2);

        var fixed = csvDirectory("fixed", Files.readString(input.resolve("entities.csv")).replace("boat", "person"));
        var report = withRejects(rejects, 1, options -> loader.load("csv", LoadInput.of(fixed, "registry"), options));

        assertThat(report.counts()).isEqualTo(new LoadCounts(7, 0, 0, 0, 0, 0));
        assertThat(loadRun(report.loadRunId())).containsEntry("status", "completed").containsEntry("entities", 7L);
        assertThat(entities()).isEqualTo(7);
    }

    @Test
    void anAbortedRunLoadedAgainWithMoreToleranceCompletesUnderTheSameId() throws Exception {
        var input = csvDirectory("bad", "id,type,name\na,company,A\nb,boat,B\nc,boat,C\n");
        var rejects = dir.resolve("rejects.jsonl");
        var aborted = (LoadAbortedException) org.assertj.core.api.Assertions.catchThrowable(() -> withRejects(
                rejects, 0, options -> loader.load("csv", LoadInput.of(input, "registry"), options)));

        var report = withRejects(rejects, -1, options -> loader.load("csv", LoadInput.of(input, "registry"), options));

        assertThat(report.loadRunId()).isEqualTo(aborted.report().loadRunId());
        assertThat(report.warnings()).contains("load run " + report.loadRunId()
                + " was left aborted; it was loaded again from the start under the same id and time");
        assertThat(loadRun(report.loadRunId())).containsEntry("status", "completed with rejects")
                .containsEntry("rejected", 2L).containsKey("finishedAt")
                .doesNotContainKeys("stoppedAt", "stoppedBecause");
        assertThat(Files.readAllLines(rejects)).hasSize(2);
    }

    @Test
    void aRunCutShortAndLoadedAgainEndsAsOneCleanLoad() {
        var rows = List.<EntitiesFileRow>of(entity(2, "a"), entity(3, "b"), entity(4, "c"), entity(5, "d"));
        var link = RelationshipRow.of(2, "r1", "a", "b", RelationshipType.OWNS, 50.0, null, null, "shareholding",
                null, null, null, null, "a,b,OWNS,50");
        assertThatThrownBy(() -> loader.engine().load("csv", "registry", "test", new SourceDescription(List.of("entities.csv"), "0".repeat(64)),
                LoadOptions.DEFAULT, loader.graphWriter(),
                sink -> {
                    sink.entities(rows.subList(0, 3));
                    throw new IllegalStateException("the process was killed");
                })).hasMessage("the process was killed");
        var cut = loadRun("csv:registry:" + "0".repeat(16));
        assertThat(cut).containsEntry("status", "running");

        var resumed = loader.engine().load("csv", "registry", "test", new SourceDescription(List.of("entities.csv"), "0".repeat(64)),
                LoadOptions.DEFAULT, loader.graphWriter(), sink -> {
            sink.entities(rows);
            sink.relationships(List.of(link));
        });
        var afterResume = GraphSnapshot.of(graph);
        TestGraphs.emptyGraph(HarnessNeo4j.driver());
        loader.engine().load("csv", "registry", "test", new SourceDescription(List.of("entities.csv"), "0".repeat(64)),
                LoadOptions.DEFAULT, loader.graphWriter(), sink -> {
            sink.entities(rows);
            sink.relationships(List.of(link));
        });

        assertThat(resumed.warnings()).singleElement().asString().contains("was left running");
        assertThat(afterResume.withoutTimes()).isEqualTo(GraphSnapshot.of(graph).withoutTimes());
        assertThat(afterResume.timesOtherThanTheRunStart()).containsOnly("finishedAt");
        assertThat(afterResume.runStart()).isEqualTo(cut.get("startedAt"));
    }

    private static EntityRow entity(long line, String id) {
        return new EntityRow(line, id, "Company", id.toUpperCase(), List.of(), "KZ", null, null, null, null, null,
                null, null, null, null, null, null);
    }

    @Test
    void everyFormatWritesItsRejectsWithFileLineReasonAndRawInput() throws Exception {
        var rejects = dir.resolve("rejects.jsonl");
        var csv = csvDirectory("csv", "id,type,name\nb,boat,B\n");
        var ftm = Files.writeString(dir.resolve("entities.ftm.jsonl"),
                "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Orion\"]}}\n{\"id\":\"x\"}\n");
        var bods = Files.writeString(dir.resolve("statements.json"),
                "[{\"recordId\": \"x\", \"recordType\": \"vessel\"}]");
        var lei = Files.writeString(dir.resolve("lei.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <lei:LEIData xmlns:lei="http://www.gleif.org/data/schema/leidata/2016"><lei:LEIRecords>
                <lei:LEIRecord><lei:LEI>98450051BS9C610A8T78</lei:LEI><lei:Entity/></lei:LEIRecord>
                </lei:LEIRecords></lei:LEIData>
                """);
        var ofac = Files.createDirectories(dir.resolve("ofac"));
        Files.writeString(ofac.resolve("sdn.csv"), "2,\"IVANOV, Ivan\",\"individual\"\n");

        withRejects(rejects, -1, options -> List.of(
                loader.load("csv", LoadInput.of(csv, "csv"), options),
                loader.load("ftm", LoadInput.of(ftm, "ftm"), options),
                loader.load("bods", LoadInput.of(bods, "bods"), options),
                loader.load("gleif-lei", LoadInput.of(lei, "lei"), options),
                loader.load("ofac-sdn", LoadInput.of(ofac, "ofac"), options)));

        var lines = Files.readAllLines(rejects).stream().map(JSON::readTree).toList();
        assertThat(lines).extracting(line -> line.get("file").asString() + ":" + line.get("line").asLong())
                .containsExactly("entities.csv:2", "entities.ftm.jsonl:2", "statements.json:1", "lei.xml:3",
                        "sdn.csv:1");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("reason").asString()).isNotBlank();
            assertThat(line.get("raw").asString()).isNotBlank();
        });
        assertThat(query(graph, "MATCH (r:LoadRun) RETURN r.format AS format, r.rejected AS rejected "
                + "ORDER BY format").stream().map(r -> r.get("format").asString() + "=" + r.get("rejected").asLong())
                .toList()).containsExactly("bods=1", "csv=1", "ftm=1", "gleif-lei=1", "ofac-sdn=1");
    }

    @Test
    void aCsvLineThatIsNotUtf8IsRejectedAloneWithItsBytesEscapedAndTheRestLoads() throws Exception {
        var input = Files.createDirectories(dir.resolve("latin1"));
        Files.write(input.resolve("entities.csv"), "id,type,name\na,company,A\nb,person,M\u00fcller\nc,company,C\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        var report = loader.load(Csv.directory(input), "latin1", input.toString());

        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.toString()).isEqualTo("entities.csv:3: is not valid UTF-8 (line 3, byte offset 25)");
            assertThat(reject.raw()).isEqualTo("b,person,M\\xFCller");
        });
        assertThat(entities()).isEqualTo(2);
    }

    @Test
    void aCsvFileMostlyInAnotherEncodingStopsBeforeLoadingAndNamesTheLikelyOne() throws Exception {
        var input = Files.createDirectories(dir.resolve("cp1251"));
        Files.write(input.resolve("entities.csv"), ("id,type,name\nkz-1,company,ТОО «Дала Трейд»\n"
                + "ru-1,company,ООО «Вектор Комплект»\nru-2,company,АО «Радиокомплект»\n"
                + "ru-3,company,Общество с ограниченной ответственностью «Торговый дом Электроника»\n"
                + "ru-4,person,Иванов Сергей Петрович\nru-5,person,Смирнова Ольга Николаевна\n"
                + "ru-6,company,Акционерное общество «Научно-производственное объединение Прибор»\n")
                .getBytes(Charset.forName("windows-1251")));

        assertThatThrownBy(() -> loader.load(Csv.directory(input), "cp1251", input.toString()))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("entities.csv: is not valid UTF-8 at line 2 (byte offset 13), nor are 7 of "
                        + "its 8 lines; it looks like windows-1251: load it with --encoding windows-1251");
        assertThat(entities()).isZero();
        assertThat(query(graph, "MATCH (r:LoadRun) RETURN count(r) AS n").getFirst().get("n").asLong()).isZero();
    }

    @Test
    void aWindows1251CsvLoadsWithItsEncoding() throws Exception {
        var input = Files.createDirectories(dir.resolve("cp1251"));
        Files.write(input.resolve("entities.csv"), ("id,type,name,country\nkz-1,company,ТОО «Дала Трейд»,KZ\n"
                + "ru-1,company,ООО «Вектор Комплект»,RU\n").getBytes(Charset.forName("windows-1251")));

        var report = loader.load("csv", LoadInput.of(input, "cp1251").withEncoding(Charset.forName("windows-1251")));

        assertThat(report.rejects()).isEmpty();
        assertThat(query(graph, "MATCH (e:Entity) RETURN e.name AS name ORDER BY name").stream()
                .map(r -> r.get("name").asString()).toList())
                .containsExactly("ООО «Вектор Комплект»", "ТОО «Дала Трейд»");
    }

    @Test
    void anFtmFileWithBadRecordsLoadsItsGoodOnesAndRejectsEachBadOneWithItsLine() throws Exception {
        var file = dir.resolve("mixed.ftm.jsonl");
        var lines = new java.io.ByteArrayOutputStream();
        lines.writeBytes(("""
                {"id":"kz-dala","schema":"Company","properties":{"name":["ТОО «Дала Трейд»"],"country":["kz"]}}
                {"id":"ru-vector","schema":"Company","properties":{"name":["ООО «Вектор Комплект»"],"country":["ru"]}}
                {"id":"own-1","schema":"Ownership","properties":{"owner":["ru-vector"],"asset":["kz-dala"],"percentage":["35"]}}
                """).getBytes(StandardCharsets.UTF_8));
        lines.writeBytes("{\"id\":\"p-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"M\u00fcller\"]}}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        lines.writeBytes(("""
                {"id":"v-1","schema":"Vessel-Like","properties":{"name":["Orion"]}}
                {"id":"own-2","schema":"Ownership","properties":{"owner":["kz-dala"],"asset":["ru-vector"],"percentage":["a lot"]}}
                {"id":"own-1","schema":"Ownership","properties":{"owner":["ru-vector"],"asset":["kz-dala"],"percentage":["35"]}}
                {"id":"cut","schema":"Comp""").getBytes(StandardCharsets.UTF_8));
        Files.write(file, lines.toByteArray());

        var report = loader.load("ftm", LoadInput.of(file, "mixed"));

        assertThat(report.counts().entities()).isEqualTo(2);
        assertThat(query(graph, "MATCH (:Entity {id: 'ru-vector'})-[o:OWNS]->(:Entity {id: 'kz-dala'}) "
                + "RETURN o.share AS share").stream().map(r -> r.get("share").asDouble()).toList())
                .containsExactly(35.0);
        var byLine = report.rejects().stream().collect(java.util.stream.Collectors.toMap(Reject::line, r -> r));
        assertThat(byLine).containsOnlyKeys(4L, 5L, 6L, 8L);
        assertThat(byLine.get(4L).reason()).matches("is not valid UTF-8 \\(line 4, byte offset \\d+\\)");
        assertThat(byLine.get(4L).raw()).contains("M\\xFCller");
        assertThat(byLine.get(5L).reason()).isEqualTo("unknown schema 'Vessel-Like': not a FollowTheMoney schema");
        assertThat(byLine.get(6L).reason()).isEqualTo("ownership own-2 has percentage 'a lot' that is not a number "
                + "or range");
        assertThat(byLine.get(8L).reason()).startsWith("not a JSON entity");
    }

    @Test
    void aCsvFileCutInsideAQuotedValueSaysWhere() throws Exception {
        var input = csvDirectory("cut", "id,type,name\na,company,A\nb,company,\"Kition Hold");

        var report = loader.load(Csv.directory(input), "cut", input.toString());

        assertThat(report.rejects()).singleElement().asString()
                .isEqualTo("entities.csv:3: ends inside a quoted value that starts on line 3; is the file complete?");
    }

    @Test
    void jsonLinesThatAreNotUtf8OrCutShortAreExplained() throws Exception {
        var latin1 = dir.resolve("latin1.ftm.jsonl");
        Files.write(latin1, "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\"M\u00fcller\"]}}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        var cut = Files.writeString(dir.resolve("cut.ftm.jsonl"),
                "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Orion\"]}}\n{\"id\":\"c2\",\"sch");

        assertThatThrownBy(() -> loader.load("ftm", LoadInput.of(latin1, "latin1"))).isInstanceOf(LoadException.class)
                .hasMessageStartingWith("latin1.ftm.jsonl: is not valid UTF-8 at line 1 (byte offset 0), nor are 1 of "
                        + "its 1 lines");
        var report = loader.load("ftm", LoadInput.of(cut, "cut"));
        assertThat(report.rejects()).singleElement().asString().startsWith("cut.ftm.jsonl:2: not a JSON entity");
        assertThat(report.counts().entities()).isOne();
    }

    @Test
    void aJsonArrayCutShortFailsTheRunWithItsLine() throws Exception {
        var cut = Files.writeString(dir.resolve("cut.json"), "[\n{\"recordId\": \"co\", \"recordType\": \"entity\"},\n"
                + "{\"recordId\": \"p1\", \"recordTy");

        assertThatThrownBy(() -> loader.load("bods", LoadInput.of(cut, "cut"))).isInstanceOf(LoadException.class)
                .hasMessageStartingWith("cut.json: is not valid JSON (").hasMessageContaining("at line 3")
                .hasMessageEndingWith("is the file complete?");
        var run = query(graph, "MATCH (r:LoadRun) RETURN r").getFirst().get("r").asMap();
        assertThat(run).containsEntry("status", "failed").containsKey("stoppedBecause");
    }

    @Test
    void xmlThatIsCutShortOrNotUtf8IsExplained() throws Exception {
        var record = "<lei:LEIRecord><lei:LEI>98450051BS9C610A8T78</lei:LEI><lei:Entity><lei:LegalName>%s"
                + "</lei:LegalName></lei:Entity></lei:LEIRecord>\n";
        var head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<lei:LEIData xmlns:lei=\"http://www.gleif.org/data/schema/leidata/2016\"><lei:LEIRecords>\n";
        var cut = Files.writeString(dir.resolve("cut.xml"), head + record.formatted("MONOOVA") + "<lei:LEIRec");
        var latin1 = dir.resolve("latin1.xml");
        Files.write(latin1, (head + record.formatted("M\u00fcller GmbH") + "</lei:LEIRecords></lei:LEIData>\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> loader.load("gleif-lei", LoadInput.of(cut, "cut"))).isInstanceOf(LoadException.class)
                .hasMessageStartingWith("cut.xml: is not well-formed XML at line 4")
                .hasMessageEndingWith("is the file complete?");
        assertThatThrownBy(() -> loader.load("gleif-lei", LoadInput.of(latin1, "latin1"))).isInstanceOf(LoadException.class)
                .hasMessageStartingWith("latin1.xml: is not valid UTF-8 at line 3 (byte offset ");
    }
}
