/**
 * The care market: the register of providers and their CQC locations, dated CQC ratings, contract
 * status (enhanced monitoring, suspension of new placements, CQC notices, closures) and the market
 * summary commissioners and councillors read (homes, beds, share rated good or outstanding).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.openasc.providers;
