-- Who the staff are, as other modules may read them (ADR 22): names, kind and whether the account is in use, never what
-- signs an account in (password hashes, second-factor secrets, lockout counters, single sign-on links, access stamps).
-- platform.staff_user itself is the platform's own table.
create view platform.staff_directory as
select id, username, display_name, kind, enabled from platform.staff_user;
