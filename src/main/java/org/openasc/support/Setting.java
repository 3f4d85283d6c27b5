package org.openasc.support;

/**
 * Where a person's long-term support is, by the SALT hierarchy: one setting per person, the lowest
 * rank of their open long-term services (nursing before residential before community by delivery
 * mechanism, then prison).
 */
public enum Setting {
    NURSING(1, "Nursing care"),
    RESIDENTIAL(2, "Residential care"),
    COMMUNITY_DIRECT_PAYMENT(3, "Community: direct payment"),
    COMMUNITY_MANAGED_BUDGET(4, "Community: council-managed personal budget"),
    COMMUNITY_COMMISSIONED(5, "Community: council-commissioned support"),
    COMMUNITY_NOT_RECORDED(6, "Community: delivery mechanism not recorded"),
    PRISON(7, "Prison");

    /** The rank of a service {@code s} in SQL, built from {@link #of} so the figures and the rule cannot drift apart. */
    public static final String RANK_SQL = rankSql();

    private final int rank;
    private final String label;

    Setting(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public int rank() {
        return rank;
    }

    public String label() {
        return label;
    }

    public boolean community() {
        return rank >= 3 && rank <= 6;
    }

    private static String rankSql() {
        StringBuilder sql = new StringBuilder("case");
        sql.append(" when s.service_type = 'Long term support: Nursing care' then ").append(of("Long term support: Nursing care", null).rank);
        sql.append(" when s.service_type = 'Long term support: Residential care' then ").append(of("Long term support: Residential care", null).rank);
        for (String mechanism : new String[] {"Direct payment", "CASSR managed personal budget", "CASSR commissioned support"}) {
            sql.append(" when s.service_type = 'Long term support: Community' and s.delivery_mechanism = '").append(mechanism).append("' then ")
                    .append(of("Long term support: Community", mechanism).rank);
        }
        sql.append(" when s.service_type = 'Long term support: Community' then ").append(COMMUNITY_NOT_RECORDED.rank);
        return sql.append(" else ").append(PRISON.rank).append(" end").toString();
    }

    public static Setting ofRank(int rank) {
        for (Setting s : values()) {
            if (s.rank == rank) {
                return s;
            }
        }
        throw new IllegalArgumentException("No setting of rank " + rank);
    }

    /** The setting of one long-term service. */
    public static Setting of(String serviceType, String deliveryMechanism) {
        return switch (serviceType) {
            case "Long term support: Nursing care" -> NURSING;
            case "Long term support: Residential care" -> RESIDENTIAL;
            case "Long term support: Community" -> deliveryMechanism == null ? COMMUNITY_NOT_RECORDED : switch (deliveryMechanism) {
                case "Direct payment" -> COMMUNITY_DIRECT_PAYMENT;
                case "CASSR managed personal budget" -> COMMUNITY_MANAGED_BUDGET;
                case "CASSR commissioned support" -> COMMUNITY_COMMISSIONED;
                default -> COMMUNITY_NOT_RECORDED;
            };
            case "Long term support: Prison" -> PRISON;
            default -> throw new IllegalArgumentException(serviceType + " is not long-term support");
        };
    }
}
