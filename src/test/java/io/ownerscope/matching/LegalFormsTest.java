package io.ownerscope.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class LegalFormsTest {

    private final NameParser parser = new NameParser(LegalForms.shipped());

    private String words(ParsedName name) {
        return String.join(" ", name.tokens().stream().map(NameToken::latin).toList());
    }

    private ParsedName company(String name) {
        return parser.parse(name, Schema.COMPANY);
    }

    @Test
    void russianAndLatinLlcSpellingsAreOneType() {
        assertThat(company("ООО «Вектор Комплект»").legalForm().type()).isEqualTo("llc");
        assertThat(company("VECTOR KOMPLEKT OOO").legalForm().type()).isEqualTo("llc");
        assertThat(company("Vector Komplekt LLC").legalForm().type()).isEqualTo("llc");
        assertThat(company("ТзОВ «Вектор»").legalForm().type()).isEqualTo("llc");
    }

    @Test
    void theQuotedNameIsTheName() {
        assertThat(words(company("ООО «Вектор Комплект»"))).isEqualTo("vektor komplekt");
        assertThat(words(company("«ТОО «Дала Трейд»»"))).isEqualTo("dala treyd");
    }

    @Test
    void aLongFormOfSeveralWordsIsRecognized() {
        var name = company("Общество с ограниченной ответственностью «Вектор Комплект»");
        assertThat(words(name)).isEqualTo("vektor komplekt");
        assertThat(name.legalForm().type()).isEqualTo("llc");
        assertThat(company("Товарищество с ограниченной ответственностью Дала Трейд").legalForm().type())
                .isEqualTo("llp");
        assertThat(company("Alfa Trade Limited Liability Company").legalForm().type()).isEqualTo("llc");
    }

    @Test
    void kazakhPartnershipsAreLlp() {
        assertThat(company("ЖШС «Қазақ Электроника»").legalForm().type()).isEqualTo("llp");
        assertThat(company("TOO Dala Treid").legalForm().type()).isEqualTo("llp");
        assertThat(company("DALA TREID LLP").legalForm().type()).isEqualTo("llp");
    }

    @Test
    void jointStockCompaniesOfEveryKindAreJsc() {
        for (var name : new String[] {"ПАО «Газпром»", "ZAO Gazprom", "Gazprom OAO", "Gazprom PJSC",
                "АО Газпром", "Газпром CJSC", "Koç Holding A.Ş."}) {
            assertThat(company(name).legalForm().type()).as(name).isEqualTo("jsc");
        }
    }

    @Test
    void armenianGeorgianAndTurkishForms() {
        assertThat(company("«Արարատ Տեխ Իմպորտ» ՍՊԸ").legalForm().type()).isEqualTo("llc");
        assertThat(company("შპს ჯეო ტრეიდი").legalForm().type()).isEqualTo("llc");
        assertThat(company("Şahin Elektronik Ltd. Şti.").legalForm().type()).isEqualTo("llc");
        assertThat(company("Sahin Elektronik Limited Sirketi").legalForm().type()).isEqualTo("llc");
        assertThat(words(company("Şahin Elektronik Ltd. Şti."))).isEqualTo("sahin elektronik");
    }

    @Test
    void emiratesAndEuropeanForms() {
        assertThat(company("Gulf Tech FZE").legalForm().type()).isEqualTo("fze");
        assertThat(company("Gulf Tech FZCO").legalForm().type()).isEqualTo("fzco");
        assertThat(company("Gulf Tech FZ-LLC").legalForm().type()).isEqualTo("llc");
        assertThat(company("Siemens GmbH").legalForm().type()).isEqualTo("gmbh");
        assertThat(company("Alfa Trade Ltd").legalForm().type()).isEqualTo("ltd");
    }

    @Test
    void soleProprietors() {
        assertThat(company("ИП Жуков").legalForm().type()).isEqualTo("sole-proprietor");
        assertThat(company("IP Zhukov").legalForm().type()).isEqualTo("sole-proprietor");
    }

    @Test
    void onlyOneFormIsTakenFromEachEnd() {
        assertThat(words(company("Me Too LLC"))).isEqualTo("me too");
    }

    @Test
    void aNameThatIsOnlyAFormKeepsItsWords() {
        var name = company("LLC");
        assertThat(words(name)).isEqualTo("llc");
        assertThat(name.legalForm()).isNull();
    }

    @Test
    void personsHaveNoLegalForm() {
        var name = parser.parse("Ivanov Too", Schema.PERSON);
        assertThat(words(name)).isEqualTo("ivanov too");
        assertThat(name.legalForm()).isNull();
    }

    @Test
    void aSpellingGivenTwoTypesIsRefused() {
        assertThatThrownBy(() -> LegalForms.read(new StringReader("OOO\tllc\nООО\tjsc\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already of type llc");
    }

    @Test
    void aLineWithoutTypeIsRefused() {
        assertThatThrownBy(() -> LegalForms.read(new StringReader("# comment\nOOO\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }
}
