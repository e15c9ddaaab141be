package io.ownerscope.loading.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.ownerscope.loading.CsvRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.SanctionRow;
import io.ownerscope.loading.ShipmentRow;
import io.ownerscope.loading.csv.CanonicalCsvReader;
import io.ownerscope.loading.csv.CanonicalFile;
import io.ownerscope.testing.Csv;
import org.junit.jupiter.api.Test;

class RowParsingTest {

    private final List<Reject> rejects = new ArrayList<>();

    private <T> List<T> read(CanonicalFile file, Function<CsvRow, T> parser, String... lines) {
        var rows = new ArrayList<T>();
        new CanonicalCsvReader(100).read(Csv.file(file.fileName(), lines), file, parser, rows::addAll, rejects::add);
        return rows;
    }

    private List<String> reasons() {
        return rejects.stream().map(Reject::reason).toList();
    }

    @Test
    void anExactShareIsAlsoItsOwnRange() {
        var rows = read(CanonicalFile.RELATIONSHIPS, RelationshipRow::parse,
                "from_id,to_id,type,share,interest_type,start_date", "a,b,OWNS,51.5,shareholding,2020-01-31");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.share()).isEqualTo(51.5);
            assertThat(row.shareMin()).isEqualTo(51.5);
            assertThat(row.shareMax()).isEqualTo(51.5);
            assertThat(row.startDate()).isEqualTo(LocalDate.of(2020, 1, 31));
            assertThat(row.recordId()).isEqualTo("OWNS|a|b|2020-01-31|null|shareholding");
        });
    }

    @Test
    void aShareRangeKeepsItsBoundsAndNoExactShare() {
        var rows = read(CanonicalFile.RELATIONSHIPS, RelationshipRow::parse,
                "id,from_id,to_id,type,share_min,share_max", "r1,a,b,owns,25,50");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.type()).isEqualTo(RelationshipType.OWNS);
            assertThat(row.share()).isNull();
            assertThat(row.shareMin()).isEqualTo(25.0);
            assertThat(row.shareMax()).isEqualTo(50.0);
            assertThat(row.recordId()).isEqualTo("r1");
        });
    }

    @Test
    void relationshipRowsThatMakeNoSenseAreRejected() {
        read(CanonicalFile.RELATIONSHIPS, RelationshipRow::parse,
                "from_id,to_id,type,share,share_min,share_max,interest_type,start_date,end_date",
                "a,b,OWNS,140,,,,,",
                "a,b,OWNS,-5,,,,,",
                "a,b,OWNS,,60,40,,,",
                "a,b,OWNS,,60,,,,",
                "a,b,OWNS,10,5,20,,,",
                "a,b,DIRECTOR_OF,10,,,,,",
                "a,b,KNOWS,,,,,,",
                "a,b,OWNS,,,,shares,,",
                "a,b,OWNS,,,,,2020-13-01,",
                "a,b,OWNS,,,,,2021-01-01,2020-01-01",
                "a,a,OWNS,,,,,,");

        assertThat(reasons()).containsExactly(
                "share 140 is outside 0–100",
                "share '-5' is negative",
                "share_min 60.0 is above share_max 40.0",
                "a share range needs both share_min and share_max",
                "give either share or share_min/share_max, not both",
                "a share is only meaningful on OWNS or CONTROLS, not DIRECTOR_OF",
                "unknown relationship type 'KNOWS'; expected one of OWNS, CONTROLS, DIRECTOR_OF, REGISTERED_AT, "
                        + "FAMILY_OF, ASSOCIATE_OF",
                "interest_type 'shares' is not in the BODS 0.4 interestType codelist",
                "start_date '2020-13-01' is not an ISO-8601 date (yyyy-MM-dd)",
                "end_date 2020-01-01 is before start_date 2021-01-01",
                "from_id and to_id are the same: a");
    }

    @Test
    void hsCodesAreDigitsWithTheirFirstSixAsTheHeading() {
        var rows = read(CanonicalFile.SHIPMENTS, ShipmentRow::parse,
                "id,date,exporter_id,consignee_id,hs_code,value_usd",
                "s1,2023-02-01,a,b,8542.31.90,1000.50",
                "s2,2023-02-01,a,b,85,1",
                "s3,2023/02/01,a,b,854231,1",
                "s4,2023-02-01,a,b,854231,lots");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.hsCode()).isEqualTo("85423190");
            assertThat(row.toParameters()).containsEntry("hs6", "854231");
            assertThat(row.valueUsd()).isEqualTo(1000.5);
        });
        assertThat(reasons()).containsExactly(
                "hs_code '85' is not 6 to 10 digits",
                "date '2023/02/01' is not an ISO-8601 date (yyyy-MM-dd)",
                "value_usd 'lots' is not a number");
    }

    @Test
    void sanctionAuthoritiesAreUpperCaseAndDelistingCannotPrecedeListing() {
        var rows = read(CanonicalFile.SANCTIONS, SanctionRow::parse,
                "entity_id,authority,program,listed_on,delisted_on",
                "a,ofac,RUSSIA-EO14024,2022-04-06,",
                "b,EU,RUS-269/2014,2022-04-06,2021-01-01");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.authority()).isEqualTo("OFAC");
            assertThat(row.recordId()).isEqualTo("a|OFAC|RUSSIA-EO14024");
        });
        assertThat(reasons()).containsExactly("delisted_on 2021-01-01 is before listed_on 2022-04-06");
    }
}
