"""On PostgreSQL the database itself refuses to change or delete log entries, and refuses to move the chain head
anywhere but one step forward, so even a session that bypasses the application cannot quietly rewrite the log.
(SQLite, for the demo and tests only, relies on the model's refusal and the hash chain.)"""

from django.db import migrations

TRIGGERS = """
CREATE OR REPLACE FUNCTION regie_logboek_alleen_toevoegen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Het logboek dataverwerkingen is alleen aan te vullen: % is geweigerd.', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER logboek_alleen_toevoegen
    BEFORE UPDATE OR DELETE ON audit_inzage
    FOR EACH ROW EXECUTE FUNCTION regie_logboek_alleen_toevoegen();

CREATE OR REPLACE FUNCTION regie_ketenkop_alleen_vooruit() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'De kop van de hashketen kan niet worden verwijderd.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id <> OLD.id OR NEW.volgnummer NOT IN (OLD.volgnummer, OLD.volgnummer + 1) THEN
        RAISE EXCEPTION 'De kop van de hashketen gaat alleen een regel vooruit.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.volgnummer = OLD.volgnummer AND NEW.hash <> OLD.hash THEN
        RAISE EXCEPTION 'De kop van de hashketen gaat alleen een regel vooruit.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ketenkop_alleen_vooruit
    BEFORE UPDATE OR DELETE ON audit_ketenkop
    FOR EACH ROW EXECUTE FUNCTION regie_ketenkop_alleen_vooruit();
"""

VERWIJDER = """
DROP TRIGGER IF EXISTS ketenkop_alleen_vooruit ON audit_ketenkop;
DROP FUNCTION IF EXISTS regie_ketenkop_alleen_vooruit();
DROP TRIGGER IF EXISTS logboek_alleen_toevoegen ON audit_inzage;
DROP FUNCTION IF EXISTS regie_logboek_alleen_toevoegen();
"""


def maak(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGERS, params=None)


def verwijder(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(VERWIJDER, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_logboek_dataverwerkingen_velden_en_hashketen")]

    operations = [migrations.RunPython(maak, verwijder)]
