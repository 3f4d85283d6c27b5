-- The paragraphs officers write around the annual report's figures (the figures themselves are never typed).
create table feedback.report_narrative (
  financial_year integer not null,
  section        text not null check (section in ('introduction', 'complaints', 'otherFeedback', 'lessons')),
  text           text not null check (length(text) <= 8000),
  written_by     text not null,
  written_at     timestamptz not null default now(),
  primary key (financial_year, section)
);
