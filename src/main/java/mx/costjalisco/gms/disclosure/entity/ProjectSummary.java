package mx.costjalisco.gms.disclosure.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the GMS reads of an OC4IDS project besides its JSON: the fields it lists, filters and counts by. The authority
 * key names the publisher the way matching remembers it ({@code id:…} when the feed gives an identifier, else
 * {@code name:…}).
 */
public record ProjectSummary(
        String ocid,
        String title,
        String status,
        String sector,
        String authorityKey,
        String authorityName,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal budgetAmount,
        String budgetCurrency,
        String locations,
        String updated,
        String idsPoints,
        int idsCount) {}
