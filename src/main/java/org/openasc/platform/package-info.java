/**
 * The shared kernel every council capability stands on: sign-in, staff, teams and roles, the audit
 * trail of who saw and changed personal data, the working-day calendar behind statutory clocks,
 * national code lists, and the page layout and error handling common to every screen and API.
 * It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.openasc.platform.PublishedViews(value = "staff_directory", sharedTables = {"code_list", "code_value", "team", "team_membership"})
package org.openasc.platform;
