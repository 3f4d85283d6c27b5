-- Single sign-on with the council's identity provider over OpenID Connect (ADR 25). A person signing in that way is a
-- staff account like any other (kind 'staff': listed, given work, named on restrictions) linked to the issuer and the
-- subject the identity provider gives them, and has no OpenASC password, so it cannot sign in with the form or HTTP Basic.
alter table platform.staff_user add column sso_issuer text;
alter table platform.staff_user add column sso_subject text;
alter table platform.staff_user add constraint staff_user_sso_link_whole check ((sso_issuer is null) = (sso_subject is null));
create unique index staff_user_sso_link_unique on platform.staff_user (sso_issuer, sso_subject) where sso_subject is not null;
alter table platform.staff_user drop constraint staff_user_password_for_staff_only;
alter table platform.staff_user add constraint staff_user_password_for_local_staff_only
  check ((kind = 'staff' and (password_hash is null) = (sso_subject is not null))
      or (kind = 'service' and password_hash is null and sso_subject is null));

-- What a group or app role sent by the identity provider (Entra ID: a group's object id in the groups claim, or an app
-- role's value in the roles claim) gives in OpenASC: one role or one team per row. Applied at every single sign-on.
create table platform.sso_mapping (
  id          bigserial primary key,
  claim_value text not null,
  description text,
  role        text,
  team_id     bigint references platform.team (id),
  created_at  timestamptz not null default now(),
  created_by  text not null,
  constraint sso_mapping_role_or_team check ((role is null) <> (team_id is null))
);
create unique index sso_mapping_role_unique on platform.sso_mapping (claim_value, role) where role is not null;
create unique index sso_mapping_team_unique on platform.sso_mapping (claim_value, team_id) where team_id is not null;
