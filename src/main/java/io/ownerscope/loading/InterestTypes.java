package io.ownerscope.loading;

import java.util.Set;

/** The interestType codelist of the Beneficial Ownership Data Standard 0.4. */
public final class InterestTypes {

        public static final Set<String> CODES = Set.of(
            "shareholding", "votingRights", "appointmentOfBoard", "otherInfluenceOrControl",
            "seniorManagingOfficial", "settlor", "trustee", "protector", "beneficiaryOfLegalArrangement",
            "rightsToSurplusAssetsOnDissolution", "rightsToProfitOrIncome", "rightsGrantedByContract",
            "conditionalRightsGrantedByContract", "controlViaCompanyRulesOrArticles", "controlByLegalFramework",
            "boardMember", "boardChair", "unknownInterest", "unpublishedInterest", "enjoymentAndUseOfAssets",
            "rightToProfitOrIncomeFromAssets", "nominee", "nominator");

    private InterestTypes() {
    }

    static String check(String code) {
        if (code != null && !CODES.contains(code)) {
            throw new RowRejectedException("interest_type '" + code + "' is not in the BODS 0.4 interestType codelist");
        }
        return code;
    }
}
