"""The case register: regions, units, mediators, users, cases and their proceedings, audit, settings.

Revision ID: 0001_case_register
Revises:
Create Date: 2026-11-21 05:16:42
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from app.models import reference

revision: str = "0001_case_register"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def seed_reference_data() -> None:
    """The 20 regions, known districts and the built-in units (ids derived from codes: the same everywhere)."""
    regions = sa.table(
        "regions",
        sa.column("code", sa.String),
        sa.column("name_kk", sa.String),
        sa.column("name_ru", sa.String),
        sa.column("name_en", sa.String),
        sa.column("capital_kk", sa.String),
        sa.column("capital_ru", sa.String),
    )
    districts = sa.table(
        "districts",
        sa.column("id", sa.Uuid),
        sa.column("region_code", sa.String),
        sa.column("code", sa.String),
        sa.column("name_kk", sa.String),
        sa.column("name_ru", sa.String),
        sa.column("name_en", sa.String),
    )
    units = sa.table(
        "units",
        sa.column("id", sa.Uuid),
        sa.column("code", sa.String),
        sa.column("kind", sa.String),
        sa.column("name_kk", sa.String),
        sa.column("name_ru", sa.String),
        sa.column("name_en", sa.String),
        sa.column("region_code", sa.String),
        sa.column("district_id", sa.Uuid),
        sa.column("parent_id", sa.Uuid),
        sa.column("opened_on", sa.Date),
        sa.column("closed_on", sa.Date),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(
        regions,
        [
            {
                "code": r.code,
                "name_kk": r.name_kk,
                "name_ru": r.name_ru,
                "name_en": r.name_en,
                "capital_kk": r.capital_kk,
                "capital_ru": r.capital_ru,
            }
            for r in reference.REGIONS
        ],
    )
    op.bulk_insert(
        districts,
        [
            {
                "id": reference.district_id(d.code),
                "region_code": d.region_code,
                "code": d.code,
                "name_kk": d.name_kk,
                "name_ru": d.name_ru,
                "name_en": d.name_en,
            }
            for d in reference.DISTRICTS
        ],
    )
    # Reference rows carry a fixed creation time so every installation's rows are identical.
    made = datetime(2026, 1, 1, tzinfo=UTC)
    stored = made.replace(tzinfo=None) if op.get_context().dialect.name == "sqlite" else made
    op.bulk_insert(
        units,
        [
            {
                "id": reference.unit_id(u.code),
                "code": u.code,
                "kind": u.kind.value,
                "name_kk": u.name_kk,
                "name_ru": u.name_ru,
                "name_en": u.name_en,
                "region_code": u.region_code,
                "district_id": reference.district_id(u.district_code) if u.district_code else None,
                "parent_id": reference.unit_id(u.parent_code) if u.parent_code else None,
                "opened_on": u.opened_on,
                "closed_on": None,
                "created_at": stored,
                "updated_at": stored,
            }
            for u in reference.UNITS
        ],
    )


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "access",
                "event",
                name="auditaction",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=100), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "parties",
        sa.Column(
            "kind",
            sa.Enum(
                "person",
                "organisation",
                "group",
                "state_body",
                name="partykind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("last_name", sa.String(length=100), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=True),
        sa.Column("middle_name", sa.String(length=100), nullable=True),
        sa.Column("org_name", sa.String(length=300), nullable=True),
        sa.Column("id_number", sa.String(length=12), nullable=True),
        sa.Column("sex", sa.Enum("male", "female", name="sex", native_enum=False, length=32), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "age_group",
            sa.Enum(
                "under_18",
                "18_29",
                "30_44",
                "45_59",
                "60_plus",
                name="agegroup",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("ethnicity", sa.String(length=60), nullable=True),
        sa.Column(
            "language",
            sa.Enum("kk", "ru", "en", "uz", "ug", "other", name="language", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("group_size", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parties")),
    )
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parties_id_number"), ["id_number"], unique=False)

    op.create_table(
        "regions",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name_kk", sa.String(length=120), nullable=False),
        sa.Column("name_ru", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("capital_kk", sa.String(length=80), nullable=False),
        sa.Column("capital_ru", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_regions")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "districts",
        sa.Column("region_code", sa.String(length=8), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name_kk", sa.String(length=120), nullable=False),
        sa.Column("name_ru", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"], ["regions.code"], name=op.f("fk_districts_region_code_regions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_districts")),
        sa.UniqueConstraint("code", name=op.f("uq_districts_code")),
    )
    with op.batch_alter_table("districts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_districts_region_code"), ["region_code"], unique=False)

    op.create_table(
        "units",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "republican_council",
                "regional_council",
                "centre",
                "house_of_friendship",
                "district_assembly",
                name="unitkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name_kk", sa.String(length=200), nullable=False),
        sa.Column("name_ru", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("region_code", sa.String(length=8), nullable=True),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_id"], ["districts.id"], name=op.f("fk_units_district_id_districts")
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["units.id"], name=op.f("fk_units_parent_id_units")),
        sa.ForeignKeyConstraint(["region_code"], ["regions.code"], name=op.f("fk_units_region_code_regions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("code", name=op.f("uq_units_code")),
    )
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_units_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_units_region_code"), ["region_code"], unique=False)

    op.create_table(
        "case_counters",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_case_counters_unit_id_units")),
        sa.PrimaryKeyConstraint("unit_id", "year", name=op.f("pk_case_counters")),
    )
    op.create_table(
        "cases",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "self_referral",
                "akimat",
                "police",
                "court",
                "prosecutor",
                "school",
                "employer",
                "ethnocultural_association",
                "hotline",
                "other",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "category",
            sa.Enum(
                "family",
                "neighbour",
                "labour",
                "property_land",
                "debt_consumer",
                "housing_utilities",
                "school_youth",
                "citizen_authority",
                "religious",
                "community_group",
                "other",
                name="category",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "legal_area",
            sa.Enum(
                "civil",
                "labour",
                "family",
                "administrative",
                "administrative_offence",
                "criminal_minor",
                "enforcement",
                name="legalarea",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "language",
            sa.Enum("kk", "ru", "en", "uz", "ug", "other", name="language", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("inter_ethnic", sa.Boolean(), nullable=False),
        sa.Column("group_dispute", sa.Boolean(), nullable=False),
        sa.Column("minors_involved", sa.Boolean(), nullable=False),
        sa.Column("recurrence", sa.Boolean(), nullable=False),
        sa.Column("recurrence_of_id", sa.Uuid(), nullable=True),
        sa.Column(
            "risk_level",
            sa.Enum("low", "medium", "high", name="risklevel", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "intake",
                "rejected",
                "in_mediation",
                "follow_up",
                "closed",
                name="casestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "exclusion",
            sa.Enum(
                "third_party_rights",
                "party_incapable",
                "corruption_crime",
                "public_service_crime",
                name="exclusion",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("exclusion_note", sa.Text(), nullable=True),
        sa.Column("proposal_sent_on", sa.Date(), nullable=True),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("deadline_on", sa.Date(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "settled_full",
                "settled_partial",
                "not_settled",
                "terminated",
                "referred",
                name="outcome",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "termination_reason",
            sa.Enum(
                "agreement_signed",
                "party_refused",
                "party_withdrew",
                "party_absent",
                "mediator_refused",
                "term_expired",
                "referred",
                "other",
                name="terminationreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("termination_note", sa.Text(), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["district_id"], ["districts.id"], name=op.f("fk_cases_district_id_districts")
        ),
        sa.ForeignKeyConstraint(
            ["recurrence_of_id"], ["cases.id"], name=op.f("fk_cases_recurrence_of_id_cases")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_cases_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
        sa.UniqueConstraint("unit_id", "year", "seq", name="uq_cases_unit_year_seq"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_closed_on"), ["closed_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_deadline_on"), ["deadline_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_ended_on"), ["ended_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_intake_date"), ["intake_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_outcome"), ["outcome"], unique=False)
        batch_op.create_index("ix_cases_status_intake", ["status", "intake_date"], unique=False)
        batch_op.create_index("ix_cases_unit_intake", ["unit_id", "intake_date"], unique=False)

    op.create_table(
        "mediators",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("middle_name", sa.String(length=100), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "professional", "public", "ethnomediator", name="mediatorkind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("register_number", sa.String(length=40), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("specialisations", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_mediators_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediators")),
    )
    with op.batch_alter_table("mediators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediators_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "case_participants",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("party_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "applicant",
                "respondent",
                "representative",
                "interpreter",
                "expert",
                "other",
                name="participantrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("represents_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_participants_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["parties.id"], name=op.f("fk_case_participants_party_id_parties")
        ),
        sa.ForeignKeyConstraint(
            ["represents_id"],
            ["case_participants.id"],
            name=op.f("fk_case_participants_represents_id_case_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_participants")),
        sa.UniqueConstraint("case_id", "party_id", "role", name="uq_case_participants_role"),
    )
    with op.batch_alter_table("case_participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_participants_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_participants_party_id"), ["party_id"], unique=False)

    op.create_table(
        "conflict_declarations",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("mediator_id", sa.Uuid(), nullable=False),
        sa.Column("has_conflict", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("declared_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_conflict_declarations_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["mediators.id"], name=op.f("fk_conflict_declarations_mediator_id_mediators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_declarations")),
    )
    with op.batch_alter_table("conflict_declarations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_declarations_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_conflict_declarations_mediator_id"), ["mediator_id"], unique=False
        )

    op.create_table(
        "consultations",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("mediator_id", sa.Uuid(), nullable=True),
        sa.Column("district_id", sa.Uuid(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column(
            "topic",
            sa.Enum(
                "family",
                "neighbour",
                "labour",
                "property_land",
                "debt_consumer",
                "housing_utilities",
                "school_youth",
                "citizen_authority",
                "religious",
                "community_group",
                "other",
                name="category",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "language",
            sa.Enum("kk", "ru", "en", "uz", "ug", "other", name="language", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column(
            "result",
            sa.Enum(
                "resolved",
                "information_given",
                "referred_to_mediation",
                "referred_elsewhere",
                name="consultationresult",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("inter_ethnic", sa.Boolean(), nullable=False),
        sa.Column("sex", sa.Enum("male", "female", name="sex", native_enum=False, length=32), nullable=True),
        sa.Column(
            "age_group",
            sa.Enum(
                "under_18",
                "18_29",
                "30_44",
                "45_59",
                "60_plus",
                name="agegroup",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_consultations_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["district_id"], ["districts.id"], name=op.f("fk_consultations_district_id_districts")
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["mediators.id"], name=op.f("fk_consultations_mediator_id_mediators")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_consultations_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultations")),
    )
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.create_index("ix_consultations_unit_held", ["unit_id", "held_on"], unique=False)

    op.create_table(
        "extensions",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("parties_consented", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_extensions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extensions")),
    )
    with op.batch_alter_table("extensions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_extensions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "phone",
                "visit",
                "meeting",
                "document",
                "other",
                name="followupmethod",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_follow_ups_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_done_on"), ["done_on"], unique=False)

    op.create_table(
        "mediator_trainings",
        sa.Column("mediator_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mediator_id"],
            ["mediators.id"],
            name=op.f("fk_mediator_trainings_mediator_id_mediators"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediator_trainings")),
    )
    with op.batch_alter_table("mediator_trainings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediator_trainings_mediator_id"), ["mediator_id"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum("joint", "separate", name="sessionkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column(
            "language",
            sa.Enum("kk", "ru", "en", "uz", "ug", "other", name="language", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("mediator_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_sessions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["mediators.id"], name=op.f("fk_sessions_mediator_id_mediators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sessions_held_on"), ["held_on"], unique=False)

    op.create_table(
        "settlement_agreements",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=True),
        sa.Column("signed_by_email", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_settlement_agreements_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement_agreements")),
        sa.UniqueConstraint("case_id", name=op.f("uq_settlement_agreements_case_id")),
    )
    op.create_table(
        "users",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "administrator",
                "centre_head",
                "mediator",
                "analyst",
                name="role",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("mediator_id", sa.Uuid(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["mediators.id"], name=op.f("fk_users_mediator_id_mediators")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_users_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "mediator_assignments",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("mediator_id", sa.Uuid(), nullable=False),
        sa.Column("lead", sa.Boolean(), nullable=False),
        sa.Column("assigned_on", sa.Date(), nullable=False),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("declaration_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_mediator_assignments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["conflict_declarations.id"],
            name=op.f("fk_mediator_assignments_declaration_id_conflict_declarations"),
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["mediators.id"], name=op.f("fk_mediator_assignments_mediator_id_mediators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediator_assignments")),
    )
    with op.batch_alter_table("mediator_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediator_assignments_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mediator_assignments_mediator_id"), ["mediator_id"], unique=False
        )

    op.create_table(
        "obligations",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("obligor_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "kept",
                "partly_kept",
                "not_kept",
                name="obligationstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["settlement_agreements.id"],
            name=op.f("fk_obligations_agreement_id_settlement_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["obligor_id"], ["case_participants.id"], name=op.f("fk_obligations_obligor_id_case_participants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligations")),
    )
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_obligations_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_obligations_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_obligations_status"), ["status"], unique=False)

    op.create_table(
        "satisfaction",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("would_recommend", sa.Boolean(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_satisfaction_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["case_participants.id"],
            name=op.f("fk_satisfaction_participant_id_case_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction")),
    )
    with op.batch_alter_table("satisfaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_satisfaction_case_id"), ["case_id"], unique=False)

    op.create_table(
        "session_attendees",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["case_participants.id"],
            name=op.f("fk_session_attendees_participant_id_case_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_attendees_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_session_attendees")),
    )
    seed_reference_data()


def downgrade() -> None:
    op.drop_table("session_attendees")
    with op.batch_alter_table("satisfaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_satisfaction_case_id"))

    op.drop_table("satisfaction")
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligations_status"))
        batch_op.drop_index(batch_op.f("ix_obligations_due_on"))
        batch_op.drop_index(batch_op.f("ix_obligations_agreement_id"))

    op.drop_table("obligations")
    with op.batch_alter_table("mediator_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediator_assignments_mediator_id"))
        batch_op.drop_index(batch_op.f("ix_mediator_assignments_case_id"))

    op.drop_table("mediator_assignments")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_unit_id"))

    op.drop_table("users")
    op.drop_table("settlement_agreements")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_held_on"))
        batch_op.drop_index(batch_op.f("ix_sessions_case_id"))

    op.drop_table("sessions")
    with op.batch_alter_table("mediator_trainings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediator_trainings_mediator_id"))

    op.drop_table("mediator_trainings")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_done_on"))
        batch_op.drop_index(batch_op.f("ix_follow_ups_case_id"))

    op.drop_table("follow_ups")
    with op.batch_alter_table("extensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_extensions_case_id"))

    op.drop_table("extensions")
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.drop_index("ix_consultations_unit_held")

    op.drop_table("consultations")
    with op.batch_alter_table("conflict_declarations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_declarations_mediator_id"))
        batch_op.drop_index(batch_op.f("ix_conflict_declarations_case_id"))

    op.drop_table("conflict_declarations")
    with op.batch_alter_table("case_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_participants_party_id"))
        batch_op.drop_index(batch_op.f("ix_case_participants_case_id"))

    op.drop_table("case_participants")
    with op.batch_alter_table("mediators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediators_unit_id"))

    op.drop_table("mediators")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_unit_intake")
        batch_op.drop_index("ix_cases_status_intake")
        batch_op.drop_index(batch_op.f("ix_cases_outcome"))
        batch_op.drop_index(batch_op.f("ix_cases_intake_date"))
        batch_op.drop_index(batch_op.f("ix_cases_ended_on"))
        batch_op.drop_index(batch_op.f("ix_cases_district_id"))
        batch_op.drop_index(batch_op.f("ix_cases_deadline_on"))
        batch_op.drop_index(batch_op.f("ix_cases_closed_on"))
        batch_op.drop_index(batch_op.f("ix_cases_category"))

    op.drop_table("cases")
    op.drop_table("case_counters")
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_units_region_code"))
        batch_op.drop_index(batch_op.f("ix_units_parent_id"))

    op.drop_table("units")
    with op.batch_alter_table("districts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_districts_region_code"))

    op.drop_table("districts")
    op.drop_table("settings")
    op.drop_table("regions")
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parties_id_number"))

    op.drop_table("parties")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity")
        batch_op.drop_index(batch_op.f("ix_audit_log_case_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
