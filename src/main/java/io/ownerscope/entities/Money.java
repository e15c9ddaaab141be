package io.ownerscope.entities;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as decimals rounded to cents: a sum of stored doubles shows as 30277126.52, not 30277126.520000003. */
public final class Money {

    private Money() {
    }

    public static BigDecimal cents(Object amount) {
        return amount instanceof Number number
                ? BigDecimal.valueOf(number.doubleValue()).setScale(2, RoundingMode.HALF_UP)
                : null;
    }
}
