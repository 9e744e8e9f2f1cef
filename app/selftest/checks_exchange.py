"""Check of the monthly exchange: three installations in the temporary folder, one month sent up.

The republic makes its keys and signs a directory with the keys of the region and of the demo unit; both
install it; the demo unit (the encrypted test database) prepares last month's package, and the region
imports it. That goes through the key store (argon2, AES-GCM), signing (Ed25519), encryption to the
recipients (X25519), the ZIP reader and the import's transaction: everything a real exchange needs.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import func, select

from app.selftest.workspace import CheckError, Workspace


def check_exchange(ws: Workspace) -> None:
    from app.exchange.directory_service import add_unit_key, install_directory_file, publish_directory
    from app.exchange.key_store import create_keys, load_keys
    from app.exchange.service import import_files, prepare_month
    from app.models import Case
    from app.models.reference import REPUBLICAN_COUNCIL_CODE, UNITS
    from app.services import clock, demo, settings, units
    from app.services.context import Actor
    from app.services.runtime import open_database

    actor = Actor.system("self-test")
    passphrase = secrets.token_urlsafe(12)
    centre_code = demo.DEMO_UNIT
    region_code = next(unit.parent_code for unit in UNITS if unit.code == centre_code)
    if region_code is None:  # the reference data changed: the demo unit must report to a council
        raise CheckError(f"the demo unit {centre_code} has no council above it")

    centre = ws.keep(open_database(ws.require_location()))
    centre_dir = ws.require_location().data_dir
    sites = {}
    for code, folder in ((REPUBLICAN_COUNCIL_CODE, "republic"), (region_code, "region")):
        db = ws.keep(open_database(data_dir=ws.folder / folder))
        with db.session(write=True, actor=actor) as session:
            settings.set_value(session, "installation.unit_code", code)
        create_keys(ws.folder / folder, code, passphrase)
        sites[code] = (db, load_keys(ws.folder / folder, passphrase))
    create_keys(centre_dir, centre_code, passphrase)
    centre_keys = load_keys(centre_dir, passphrase)

    republic, republic_keys = sites[REPUBLICAN_COUNCIL_CODE]
    region, region_keys = sites[region_code]
    today = clock.today()
    # The keys are valid from well before the month sent: a key is checked against the package's period.
    valid_from = today.replace(year=today.year - 1, month=1, day=1)
    with republic.session(write=True, actor=actor) as session:
        for public in (region_keys.public, centre_keys.public):
            add_unit_key(
                session, public.unit_code, public, fingerprint=public.fingerprint, valid_from=valid_from
            )
        directory = publish_directory(session, republic_keys, ws.folder)
    for db in (region, centre):
        with db.session(write=True, actor=actor) as session:
            install_directory_file(
                session,
                directory.read_bytes(),
                fingerprint=republic_keys.public.fingerprint,
                actor_name="self-test",
            )

    last_month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    outbox = ws.folder / "outbox"
    outbox.mkdir()
    prepared = prepare_month(centre, centre_keys, last_month, outbox, actor=actor, send_with_findings=True)
    [result] = import_files(region, region_keys, [prepared.path], actor=actor)
    if result.status != "imported":
        raise CheckError(f"the region did not import the package of {centre_code}: {result.message}")
    with region.session() as session:
        unit_id = units.by_code(session, centre_code).id
        received = int(
            session.scalar(select(func.count()).select_from(Case).where(Case.unit_id == unit_id)) or 0
        )
    if prepared.case_rows == 0:
        raise CheckError(f"the package of {centre_code} for {last_month} holds no cases")
    if received != prepared.case_rows:
        raise CheckError(f"{prepared.case_rows} cases were sent and the region holds {received}")
