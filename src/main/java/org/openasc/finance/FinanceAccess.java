package org.openasc.finance;

/** Who may do what: finance officers keep the books; managers, analysts and councillors read the reports. */
public final class FinanceAccess {

    public static final String MANAGE = "hasRole('FINANCE')";
    public static final String READ_REPORTS = "hasAnyRole('FINANCE','TEAM_MANAGER','PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')";

    private FinanceAccess() {
    }
}
