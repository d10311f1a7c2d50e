#!/usr/bin/env python3
"""Authorization matrix: every route of `vigie routes`, called as every role, as a
consultant of another region and as the director of another structure, and
anonymously; each call must be allowed or refused exactly as this table says.
A route missing from the table fails the test, so new routes must be added here.
Usage: authz_matrix_test.py PATH_TO_VIGIE"""
import os
import subprocess
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

PERSONAS = {
    "platform_admin": "admin@vigie.example",
    "crrc_admin": "admin.crrc@vigie.example",
    "consultant": "consultant@vigie.example",
    "director": "direction@tilleuls.example",
    "it_referent": "referent@tilleuls.example",
    "reader": "lecteur@tilleuls.example",
    "other_region": "consultant@ara.example",        # CRRC consultant of another region
    "other_structure": "direction@chene.example",    # director of another structure, same region
}
EVERYONE = set(PERSONAS)
CRRC_BFC = {"platform_admin", "crrc_admin", "consultant"}
TILLEULS = {"director", "it_referent", "reader"}
TARGET_EMAIL = "cible@tilleuls.example"  # a structure account that routes act upon
TILLEULS_FINESS = harness.finess_with_key("21000123")

# Sets of personas allowed, by policy action, for the objects of the fixtures
# (structure "EHPAD Les Tilleuls" of region BFC, and the account cible@tilleuls).
VIEW_DASHBOARD = EVERYONE
CREATE_STRUCTURE = CRRC_BFC | {"other_region"}
VIEW_TILLEULS = CRRC_BFC | TILLEULS
EDIT_TILLEULS = CRRC_BFC | {"director"}
DELETE_STRUCTURE = {"platform_admin", "crrc_admin"}
VIEW_REGIONS = CRRC_BFC | {"other_region"}
MANAGE_REGIONS = {"platform_admin"}
ORGANIZATIONS = CRRC_BFC | {"other_region"}
VIEW_USERS = EVERYONE - {"reader"}
INVITE_TO_TILLEULS = CRRC_BFC | {"director"}
VIEW_TARGET_USER = CRRC_BFC | {"director", "it_referent"}
MANAGE_TARGET_USER = CRRC_BFC | {"director"}
VIEW_AUDIT = {"platform_admin", "crrc_admin", "director", "other_structure"}
EXPORT_AUDIT = {"platform_admin", "crrc_admin"}
RUN_DIAGNOSTIC = CRRC_BFC
VIEW_DIAGNOSTIC = CRRC_BFC | {"director", "it_referent"}
MANAGE_RECIPIENTS = CRRC_BFC | {"director", "it_referent"}
VIEW_TEMPLATES = EVERYONE - {"reader"}
VIEW_ACTION_PLAN = CRRC_BFC | TILLEULS
EDIT_ACTION_PLAN = CRRC_BFC | {"director", "it_referent"}
MANAGE_CAMPAIGNS = CRRC_BFC | {"director", "it_referent"}
AWARENESS_PRIVACY = {"director"}  # the structure decides; never the centre
UNKNOWN_TOKEN = "A" * 24


def invitation_form(fx):
    return {"email": f"invite-{uuid.uuid4().hex[:8]}@example.test", "display_name": "Personne invitée",
            "role": "structure_reader", "structure_id": fx["tilleuls"], "region_id": ""}


# (method, pattern) -> entry. "allow": personas reaching the handler; "path" and
# "form"/"json" build the request; "public": statuses expected from everyone;
# "allow_codes": statuses that mean "reached the handler" when not the default;
# "fresh": the call ends the session, so it runs on a separate sign-in;
# "disposable": allowed personas act on a structure made for the call.
TABLE = {
    ("GET", "/healthz"): {"public": {200}},
    ("GET", "/metrics"): {"public": {200}},
    ("GET", "/assets/{file:path}"): {"public": {200}, "path": lambda fx: "/assets/vigie.css"},
    ("GET", "/favicon.ico"): {"public": {200}},
    ("GET", "/connexion"): {"public": {200, 303}},
    ("POST", "/connexion"): {"public": {401}, "token_from": "/connexion",
                            "form": lambda fx: {"email": f"x-{uuid.uuid4().hex[:8]}@example.test", "password": "faux"}},
    ("GET", "/connexion/verification"): {"allow": EVERYONE},
    ("POST", "/connexion/verification"): {"allow": EVERYONE, "form": lambda fx: {"code": "000000"}},
    ("POST", "/deconnexion"): {"allow": EVERYONE, "fresh": True},
    ("GET", "/invitation/{token:token}"): {"public": {422}, "path": lambda fx: "/invitation/faux.1.faux"},
    ("POST", "/invitation/{token:token}"): {"public": {422}, "path": lambda fx: "/invitation/faux.1.faux",
                                            "token_from": "/connexion", "form": lambda fx: {"password": "x"}},
    ("GET", "/mot-de-passe/oubli"): {"public": {200}},
    ("POST", "/mot-de-passe/oubli"): {"public": {422}, "form": lambda fx: {"email": "pas-une-adresse"}},
    ("GET", "/mot-de-passe/nouveau/{token:token}"): {"public": {422}, "path": lambda fx: "/mot-de-passe/nouveau/a.1.b"},
    ("POST", "/mot-de-passe/nouveau/{token:token}"): {"public": {422}, "path": lambda fx: "/mot-de-passe/nouveau/a.1.b",
                                                      "token_from": "/connexion", "form": lambda fx: {"password": "x"}},
    ("GET", "/accessibilite"): {"public": {200}},
    ("GET", "/"): {"allow": VIEW_DASHBOARD},
    ("GET", "/structures"): {"allow": VIEW_DASHBOARD},
    ("GET", "/structures.csv"): {"allow": VIEW_DASHBOARD},
    ("GET", "/structures/nouvelle"): {"allow": CREATE_STRUCTURE},
    ("POST", "/structures/nouvelle"): {"allow": CREATE_STRUCTURE, "form": lambda fx: {"name": ""},
                                       "token_from": "/"},
    ("GET", "/structures/{id:id}"): {"allow": VIEW_TILLEULS, "path": lambda fx: f"/structures/{fx['tilleuls']}"},
    ("GET", "/structures/{id:id}/modifier"): {"allow": EDIT_TILLEULS,
                                              "path": lambda fx: f"/structures/{fx['tilleuls']}/modifier"},
    ("POST", "/structures/{id:id}/modifier"): {"allow": EDIT_TILLEULS, "form": lambda fx: {"name": ""},
                                               "path": lambda fx: f"/structures/{fx['tilleuls']}/modifier",
                                               "token_from": "/"},
    ("POST", "/structures/{id:id}/supprimer"): {"allow": DELETE_STRUCTURE, "disposable": True, "form": lambda fx: {},
                                                "path": lambda fx: f"/structures/{fx['target_structure']}/supprimer",
                                                "token_from": "/"},
    ("POST", "/structures/{id:id}/sites"): {"allow": EDIT_TILLEULS, "form": lambda fx: {"site_name": ""},
                                            "path": lambda fx: f"/structures/{fx['tilleuls']}/sites", "token_from": "/"},
    # Removing an unknown site of a structure one may edit is "not found".
    ("POST", "/structures/{id:id}/sites/{site:id}/supprimer"): {
        "allow": EDIT_TILLEULS, "allow_codes": {404}, "deny_codes": {403}, "form": lambda fx: {},
        "path": lambda fx: f"/structures/{fx['tilleuls']}/sites/inconnu/supprimer", "token_from": "/"},
    ("GET", "/api/v1/structures/{id:id}/sites"): {"allow": VIEW_TILLEULS,
                                                  "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/sites"},
    ("POST", "/api/v1/structures/{id:id}/sites"): {"allow": EDIT_TILLEULS, "json": lambda fx: {},
                                                   "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/sites"},
    ("DELETE", "/api/v1/structures/{id:id}/sites/{site:id}"): {
        "allow": EDIT_TILLEULS, "allow_codes": {404}, "deny_codes": {403},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/sites/inconnu"},
    ("GET", "/regions"): {"allow": VIEW_REGIONS},
    ("GET", "/regions/nouvelle"): {"allow": MANAGE_REGIONS},
    ("POST", "/regions/nouvelle"): {"allow": MANAGE_REGIONS, "form": lambda fx: {}, "token_from": "/"},
    ("GET", "/organismes"): {"allow": ORGANIZATIONS},
    ("GET", "/organismes/nouveau"): {"allow": ORGANIZATIONS},
    ("POST", "/organismes/nouveau"): {"allow": ORGANIZATIONS, "form": lambda fx: {}, "token_from": "/"},
    ("GET", "/utilisateurs"): {"allow": VIEW_USERS},
    ("GET", "/utilisateurs/inviter"): {"allow": VIEW_USERS - {"it_referent"}},
    ("POST", "/utilisateurs/inviter"): {"allow": INVITE_TO_TILLEULS, "form": invitation_form, "token_from": "/"},
    ("GET", "/utilisateurs/{id:id}"): {"allow": VIEW_TARGET_USER, "path": lambda fx: f"/utilisateurs/{fx['target_user']}"},
    ("POST", "/utilisateurs/{id:id}/role"): {"allow": MANAGE_TARGET_USER, "form": lambda fx: {"role": "structure_reader"},
                                             "path": lambda fx: f"/utilisateurs/{fx['target_user']}/role",
                                             "token_from": "/"},
    ("POST", "/utilisateurs/{id:id}/activation"): {"allow": MANAGE_TARGET_USER, "form": lambda fx: {"etat": "activer"},
                                                   "path": lambda fx: f"/utilisateurs/{fx['target_user']}/activation",
                                                   "token_from": "/"},
    ("GET", "/audit"): {"allow": VIEW_AUDIT},
    ("GET", "/audit.csv"): {"allow": EXPORT_AUDIT},
    ("GET", "/profil"): {"allow": EVERYONE},
    ("POST", "/profil/mot-de-passe"): {"allow": EVERYONE, "form": lambda fx: {}, "token_from": "/profil"},
    ("GET", "/profil/double-authentification"): {"allow": EVERYONE},
    ("POST", "/profil/double-authentification"): {"allow": EVERYONE, "form": lambda fx: {"code": "1"},
                                                  "token_from": "/profil"},
    # The service refuses it to CRRC staff, for whom the second factor is mandatory.
    ("POST", "/profil/double-authentification/desactiver"): {"allow": TILLEULS | {"other_structure"},
                                                             "form": lambda fx: {"password": "faux"},
                                                             "token_from": "/profil"},
    ("POST", "/profil/jetons"): {"allow": EVERYONE, "form": lambda fx: {}, "token_from": "/profil"},
    # Revoking a token id that is not one's own is "not found" for everyone.
    ("POST", "/profil/jetons/{id:id}/revoquer"): {"allow": EVERYONE, "allow_codes": {404}, "form": lambda fx: {},
                                                  "path": lambda fx: "/profil/jetons/inconnu/revoquer",
                                                  "token_from": "/profil"},
    ("POST", "/profil/deconnexion-partout"): {"allow": EVERYONE, "fresh": True},
    ("GET", "/api/v1/me"): {"allow": EVERYONE},
    ("GET", "/api/v1/structures"): {"allow": VIEW_DASHBOARD},
    ("POST", "/api/v1/structures"): {"allow": CREATE_STRUCTURE, "json": lambda fx: {}},
    ("GET", "/api/v1/structures/{id:id}"): {"allow": VIEW_TILLEULS, "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}"},
    ("PUT", "/api/v1/structures/{id:id}"): {"allow": EDIT_TILLEULS, "json": lambda fx: {},
                                            "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}"},
    ("DELETE", "/api/v1/structures/{id:id}"): {"allow": DELETE_STRUCTURE, "disposable": True,
                                               "path": lambda fx: f"/api/v1/structures/{fx['target_structure']}"},
    ("GET", "/api/v1/regions"): {"allow": VIEW_REGIONS},
    ("POST", "/api/v1/regions"): {"allow": MANAGE_REGIONS, "json": lambda fx: {}},
    ("GET", "/api/v1/regions/{id:id}"): {"allow": VIEW_REGIONS - {"other_region"},
                                         "path": lambda fx: f"/api/v1/regions/{fx['bfc']}"},
    ("GET", "/api/v1/organizations"): {"allow": ORGANIZATIONS},
    ("POST", "/api/v1/organizations"): {"allow": ORGANIZATIONS, "json": lambda fx: {}},
    ("GET", "/api/v1/users"): {"allow": VIEW_USERS},
    ("GET", "/api/v1/users/{id:id}"): {"allow": VIEW_TARGET_USER, "path": lambda fx: f"/api/v1/users/{fx['target_user']}"},
    ("PATCH", "/api/v1/users/{id:id}"): {"allow": MANAGE_TARGET_USER, "json": lambda fx: {"role": "structure_reader"},
                                         "path": lambda fx: f"/api/v1/users/{fx['target_user']}"},
    ("POST", "/api/v1/invitations"): {"allow": INVITE_TO_TILLEULS, "json": invitation_form},
    ("GET", "/api/v1/audit"): {"allow": VIEW_AUDIT},
    ("GET", "/api/v1/audit.csv"): {"allow": EXPORT_AUDIT},
    ("POST", "/structures/{id:id}/diagnostics"): {"allow": RUN_DIAGNOSTIC, "form": lambda fx: {}, "token_from": "/",
                                                  "path": lambda fx: f"/structures/{fx['tilleuls']}/diagnostics"},
    ("GET", "/diagnostics/{id:id}"): {"allow": VIEW_DIAGNOSTIC, "path": lambda fx: f"/diagnostics/{fx['diagnostic']}"},
    ("GET", "/diagnostics/{id:id}/contexte"): {"allow": VIEW_DIAGNOSTIC,
                                              "path": lambda fx: f"/diagnostics/{fx['diagnostic']}/contexte"},
    ("POST", "/diagnostics/{id:id}/contexte"): {"allow": RUN_DIAGNOSTIC, "form": lambda fx: {}, "token_from": "/",
                                               "path": lambda fx: f"/diagnostics/{fx['diagnostic']}/contexte"},
    ("GET", "/diagnostics/{id:id}/entretien"): {"allow": VIEW_DIAGNOSTIC,
                                               "path": lambda fx: f"/diagnostics/{fx['diagnostic']}/entretien"},
    ("POST", "/diagnostics/{id:id}/reponses"): {"allow": RUN_DIAGNOSTIC, "form": lambda fx: {}, "token_from": "/",
                                               "path": lambda fx: f"/diagnostics/{fx['diagnostic']}/reponses"},
    # The fixture diagnostic has no previous one: "not found" once the policy allowed.
    ("GET", "/diagnostics/{id:id}/comparaison"): {"allow": VIEW_DIAGNOSTIC, "allow_codes": {404}, "deny_codes": {403},
                                                  "path": lambda fx: f"/diagnostics/{fx['diagnostic']}/comparaison"},
    ("GET", "/api/v1/diagnostics/{id:id}/comparison"): {
        "allow": VIEW_DIAGNOSTIC, "allow_codes": {404}, "deny_codes": {403},
        "path": lambda fx: f"/api/v1/diagnostics/{fx['diagnostic']}/comparison"},
    ("POST", "/diagnostics/{id:id}/verrouiller"): {
        "allow": RUN_DIAGNOSTIC, "disposable_diagnostic": True, "form": lambda fx: {}, "token_from": "/",
        "path": lambda fx: f"/diagnostics/{fx['target_diagnostic']}/verrouiller"},
    ("GET", "/structures/{id:id}/plan-action"): {"allow": VIEW_ACTION_PLAN,
                                                "path": lambda fx: f"/structures/{fx['tilleuls']}/plan-action"},
    ("GET", "/plan-action/{id:id}"): {"allow": VIEW_ACTION_PLAN, "path": lambda fx: f"/plan-action/{fx['action_item']}"},
    # An empty form is refused by validation (422): the handler was reached, nothing saved.
    ("POST", "/plan-action/{id:id}"): {"allow": EDIT_ACTION_PLAN, "form": lambda fx: {}, "token_from": "/",
                                      "path": lambda fx: f"/plan-action/{fx['action_item']}"},
    ("GET", "/api/v1/structures/{id:id}/action-plan"): {
        "allow": VIEW_ACTION_PLAN, "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/action-plan"},
    ("GET", "/api/v1/action-items/{id:id}"): {"allow": VIEW_ACTION_PLAN,
                                              "path": lambda fx: f"/api/v1/action-items/{fx['action_item']}"},
    ("PATCH", "/api/v1/action-items/{id:id}"): {"allow": EDIT_ACTION_PLAN, "json": lambda fx: {},
                                                "path": lambda fx: f"/api/v1/action-items/{fx['action_item']}"},
    ("GET", "/diagnostics/{id:id}/rapport"): {"allow": VIEW_DIAGNOSTIC,
                                              "path": lambda fx: f"/diagnostics/{fx['locked_diagnostic']}/rapport"},
    ("GET", "/diagnostics/{id:id}/rapport.pdf"): {"allow": VIEW_DIAGNOSTIC,
                                                  "path": lambda fx: f"/diagnostics/{fx['locked_diagnostic']}/rapport.pdf"},
    ("GET", "/diagnostics/{id:id}/synthese.pdf"): {"allow": VIEW_DIAGNOSTIC,
                                                   "path": lambda fx: f"/diagnostics/{fx['locked_diagnostic']}/synthese.pdf"},
    ("GET", "/diagnostics/{id:id}/plan-action.xlsx"): {
        "allow": VIEW_DIAGNOSTIC, "path": lambda fx: f"/diagnostics/{fx['locked_diagnostic']}/plan-action.xlsx"},
    ("GET", "/api/v1/diagnostics/{id:id}/documents/{kind:token}"): {
        "allow": VIEW_DIAGNOSTIC, "path": lambda fx: f"/api/v1/diagnostics/{fx['locked_diagnostic']}/documents/tracker"},
    ("GET", "/structures/{id:id}/plan-action/import"): {
        "allow": EDIT_ACTION_PLAN, "path": lambda fx: f"/structures/{fx['tilleuls']}/plan-action/import"},
    # A JSON body is not a workbook: refused by the reader (422) once the policy allowed.
    ("POST", "/api/v1/structures/{id:id}/action-plan/tracker/preview"): {
        "allow": EDIT_ACTION_PLAN, "json": lambda fx: {},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/action-plan/tracker/preview"},
    ("POST", "/api/v1/structures/{id:id}/action-plan/tracker"): {
        "allow": EDIT_ACTION_PLAN, "json": lambda fx: {},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/action-plan/tracker"},
    ("GET", "/structures/{id:id}/destinataires"): {"allow": MANAGE_RECIPIENTS,
                                                   "path": lambda fx: f"/structures/{fx['tilleuls']}/destinataires"},
    ("POST", "/structures/{id:id}/destinataires"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {"name": ""},
                                                    "token_from": "/",
                                                    "path": lambda fx: f"/structures/{fx['tilleuls']}/destinataires"},
    ("GET", "/groupes/{id:id}"): {"allow": MANAGE_RECIPIENTS, "path": lambda fx: f"/groupes/{fx['group']}"},
    ("POST", "/groupes/{id:id}/membres"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {"email": "pas-une-adresse"},
                                          "token_from": "/", "path": lambda fx: f"/groupes/{fx['group']}/membres"},
    ("POST", "/groupes/{id:id}/modifier"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {"name": "Groupe de la matrice"},
                                           "token_from": "/", "path": lambda fx: f"/groupes/{fx['group']}/modifier"},
    # Each allowed call toggles the archive flag of a group made for it.
    ("POST", "/groupes/{id:id}/archiver"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {}, "token_from": "/",
                                           "path": lambda fx: f"/groupes/{fx['group']}/archiver"},
    ("GET", "/groupes/{id:id}/import"): {"allow": MANAGE_RECIPIENTS, "path": lambda fx: f"/groupes/{fx['group']}/import"},
    # A JSON body is not a staff list: refused with a report (422) once the policy allowed.
    ("POST", "/api/v1/recipient-groups/{id:id}/import/preview"): {
        "allow": MANAGE_RECIPIENTS, "json": lambda fx: {},
        "path": lambda fx: f"/api/v1/recipient-groups/{fx['group']}/import/preview"},
    ("POST", "/api/v1/recipient-groups/{id:id}/import"): {
        "allow": MANAGE_RECIPIENTS, "json": lambda fx: {},
        "path": lambda fx: f"/api/v1/recipient-groups/{fx['group']}/import"},
    ("GET", "/destinataires/{id:id}"): {"allow": MANAGE_RECIPIENTS, "path": lambda fx: f"/destinataires/{fx['recipient']}"},
    ("POST", "/destinataires/{id:id}"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {"email": ""}, "token_from": "/",
                                        "path": lambda fx: f"/destinataires/{fx['recipient']}"},
    ("POST", "/destinataires/{id:id}/archiver"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {}, "token_from": "/",
                                                 "path": lambda fx: f"/destinataires/{fx['recipient']}/archiver"},
    ("GET", "/api/v1/structures/{id:id}/recipient-groups"): {
        "allow": MANAGE_RECIPIENTS, "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/recipient-groups"},
    ("POST", "/api/v1/structures/{id:id}/recipient-groups"): {
        "allow": MANAGE_RECIPIENTS, "json": lambda fx: {"name": ""},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/recipient-groups"},
    ("GET", "/api/v1/recipient-groups/{id:id}"): {"allow": MANAGE_RECIPIENTS,
                                                  "path": lambda fx: f"/api/v1/recipient-groups/{fx['group']}"},
    ("PATCH", "/api/v1/recipient-groups/{id:id}"): {"allow": MANAGE_RECIPIENTS, "json": lambda fx: {"name": ""},
                                                    "path": lambda fx: f"/api/v1/recipient-groups/{fx['group']}"},
    ("POST", "/api/v1/recipient-groups/{id:id}/recipients"): {
        "allow": MANAGE_RECIPIENTS, "json": lambda fx: {"email": "pas-une-adresse"},
        "path": lambda fx: f"/api/v1/recipient-groups/{fx['group']}/recipients"},
    ("PATCH", "/api/v1/recipients/{id:id}"): {"allow": MANAGE_RECIPIENTS, "json": lambda fx: {"email": ""},
                                              "path": lambda fx: f"/api/v1/recipients/{fx['recipient']}"},
    ("GET", "/structures/{id:id}/profils-envoi"): {"allow": MANAGE_RECIPIENTS,
                                                   "path": lambda fx: f"/structures/{fx['tilleuls']}/profils-envoi"},
    ("POST", "/structures/{id:id}/profils-envoi"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {"name": ""},
                                                    "token_from": "/",
                                                    "path": lambda fx: f"/structures/{fx['tilleuls']}/profils-envoi"},
    ("GET", "/profils-envoi/{id:id}"): {"allow": MANAGE_RECIPIENTS, "path": lambda fx: f"/profils-envoi/{fx['profile']}"},
    ("POST", "/profils-envoi/{id:id}"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {"name": ""}, "token_from": "/",
                                        "path": lambda fx: f"/profils-envoi/{fx['profile']}"},
    # A wrong address is refused before any connection: back to the profile with a message.
    ("POST", "/profils-envoi/{id:id}/test"): {"allow": MANAGE_RECIPIENTS, "form": lambda fx: {"to": "faux"},
                                             "token_from": "/", "path": lambda fx: f"/profils-envoi/{fx['profile']}/test"},
    # Campaigns (issue 5). The fixture campaign is a draft; wrong inputs stop after the policy.
    ("GET", "/structures/{id:id}/campagnes"): {"allow": MANAGE_CAMPAIGNS,
                                               "path": lambda fx: f"/structures/{fx['tilleuls']}/campagnes"},
    ("POST", "/structures/{id:id}/campagnes"): {"allow": MANAGE_CAMPAIGNS, "form": lambda fx: {"name": ""},
                                                "token_from": "/",
                                                "path": lambda fx: f"/structures/{fx['tilleuls']}/campagnes"},
    ("GET", "/campagnes/{id:id}"): {"allow": MANAGE_CAMPAIGNS, "path": lambda fx: f"/campagnes/{fx['campaign']}"},
    ("POST", "/campagnes/{id:id}/action"): {"allow": MANAGE_CAMPAIGNS, "form": lambda fx: {"action": "inconnue"},
                                           "token_from": "/", "path": lambda fx: f"/campagnes/{fx['campaign']}/action"},
    ("POST", "/campagnes/{id:id}/incertains/{target:id}"): {
        "allow": MANAGE_CAMPAIGNS, "form": lambda fx: {"decision": "inconnue"}, "token_from": "/",
        "path": lambda fx: f"/campagnes/{fx['campaign']}/incertains/{fx['campaign']}"},
    ("GET", "/structures/{id:id}/sensibilisation/confidentialite"): {
        "allow": AWARENESS_PRIVACY, "path": lambda fx: f"/structures/{fx['tilleuls']}/sensibilisation/confidentialite"},
    ("POST", "/structures/{id:id}/sensibilisation/confidentialite"): {
        "allow": AWARENESS_PRIVACY, "form": lambda fx: {"retention_months": "0"}, "token_from": "/",
        "path": lambda fx: f"/structures/{fx['tilleuls']}/sensibilisation/confidentialite"},
    ("POST", "/structures/{id:id}/sensibilisation/confidentialite/publier"): {
        "allow": AWARENESS_PRIVACY, "form": lambda fx: {}, "token_from": "/",
        "path": lambda fx: f"/structures/{fx['tilleuls']}/sensibilisation/confidentialite/publier"},
    ("POST", "/structures/{id:id}/sensibilisation/confidentialite/acces"): {
        "allow": AWARENESS_PRIVACY, "form": lambda fx: {"email": ""}, "token_from": "/",
        "path": lambda fx: f"/structures/{fx['tilleuls']}/sensibilisation/confidentialite/acces"},
    ("POST", "/structures/{id:id}/sensibilisation/confidentialite/acces/{user:id}/retirer"): {
        "allow": AWARENESS_PRIVACY, "form": lambda fx: {}, "token_from": "/",
        "path": lambda fx: f"/structures/{fx['tilleuls']}/sensibilisation/confidentialite/acces/{fx['campaign']}/retirer"},
    ("GET", "/api/v1/structures/{id:id}/campaigns"): {
        "allow": MANAGE_CAMPAIGNS, "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/campaigns"},
    ("POST", "/api/v1/structures/{id:id}/campaigns"): {
        "allow": MANAGE_CAMPAIGNS, "json": lambda fx: {"name": ""},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/campaigns"},
    ("GET", "/api/v1/campaigns/{id:id}"): {"allow": MANAGE_CAMPAIGNS,
                                           "path": lambda fx: f"/api/v1/campaigns/{fx['campaign']}"},
    ("PATCH", "/api/v1/campaigns/{id:id}"): {"allow": MANAGE_CAMPAIGNS, "json": lambda fx: {"name": ""},
                                             "path": lambda fx: f"/api/v1/campaigns/{fx['campaign']}"},
    ("POST", "/api/v1/campaigns/{id:id}/actions"): {"allow": MANAGE_CAMPAIGNS, "json": lambda fx: {"action": "x"},
                                                    "path": lambda fx: f"/api/v1/campaigns/{fx['campaign']}/actions"},
    ("GET", "/api/v1/campaigns/{id:id}/uncertain"): {
        "allow": MANAGE_CAMPAIGNS, "path": lambda fx: f"/api/v1/campaigns/{fx['campaign']}/uncertain"},
    ("POST", "/api/v1/campaigns/{id:id}/uncertain/{target:id}"): {
        "allow": MANAGE_CAMPAIGNS, "json": lambda fx: {"decision": "x"},
        "path": lambda fx: f"/api/v1/campaigns/{fx['campaign']}/uncertain/{fx['campaign']}"},
    ("GET", "/api/v1/campaigns/{id:id}/results"): {
        "allow": MANAGE_CAMPAIGNS, "path": lambda fx: f"/api/v1/campaigns/{fx['campaign']}/results"},
    # Names need the director's explicit grant, which nobody has here: refused to all.
    ("GET", "/campagnes/{id:id}/personnes"): {"allow": set(), "path": lambda fx: f"/campagnes/{fx['campaign']}/personnes"},
    ("GET", "/api/v1/campaigns/{id:id}/people"): {
        "allow": set(), "path": lambda fx: f"/api/v1/campaigns/{fx['campaign']}/people"},
    ("GET", "/api/v1/structures/{id:id}/awareness-settings"): {
        "allow": AWARENESS_PRIVACY, "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/awareness-settings"},
    ("PUT", "/api/v1/structures/{id:id}/awareness-settings"): {
        "allow": AWARENESS_PRIVACY, "json": lambda fx: {"retention_months": 0},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/awareness-settings"},
    ("POST", "/api/v1/structures/{id:id}/result-viewers"): {
        "allow": AWARENESS_PRIVACY, "json": lambda fx: {"email": ""},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/result-viewers"},
    ("DELETE", "/api/v1/structures/{id:id}/result-viewers/{user:id}"): {
        "allow": AWARENESS_PRIVACY, "json": lambda fx: {},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/result-viewers/{fx['campaign']}"},
    # The quarterly awareness report (PDF): the structure's for those who see its
    # campaign results; the portfolio (the whole region) for the region's centre only.
    ("GET", "/structures/{id:id}/sensibilisation/rapport-trimestriel"): {
        "allow": CRRC_BFC | {"director", "it_referent"},
        "path": lambda fx: f"/structures/{fx['tilleuls']}/sensibilisation/rapport-trimestriel"},
    ("GET", "/api/v1/structures/{id:id}/awareness-report"): {
        "allow": CRRC_BFC | {"director", "it_referent"},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/awareness-report"},
    ("GET", "/regions/{id:id}/sensibilisation/rapport-trimestriel"): {
        "allow": CRRC_BFC, "path": lambda fx: f"/regions/{fx['bfc']}/sensibilisation/rapport-trimestriel"},
    ("GET", "/api/v1/regions/{id:id}/awareness-report"): {
        "allow": CRRC_BFC, "path": lambda fx: f"/api/v1/regions/{fx['bfc']}/awareness-report"},
    # Operated waves: the region's centre staff only.
    ("GET", "/campagnes"): {"allow": EVERYONE - {"reader"}},
    ("GET", "/regions/{id:id}/campagnes"): {"allow": CRRC_BFC, "path": lambda fx: f"/regions/{fx['bfc']}/campagnes"},
    ("POST", "/regions/{id:id}/campagnes"): {"allow": CRRC_BFC, "form": lambda fx: {"name": ""}, "token_from": "/",
                                             "path": lambda fx: f"/regions/{fx['bfc']}/campagnes"},
    ("GET", "/regions/{id:id}/vagues/{wave:id}"): {"allow": CRRC_BFC, "allow_codes": {404}, "deny_codes": {403},
                                                   "path": lambda fx: f"/regions/{fx['bfc']}/vagues/{fx['campaign']}"},
    ("POST", "/regions/{id:id}/vagues/{wave:id}/action"): {
        "allow": CRRC_BFC, "form": lambda fx: {"action": "inconnue"}, "token_from": "/",
        "path": lambda fx: f"/regions/{fx['bfc']}/vagues/{fx['campaign']}/action"},
    ("POST", "/api/v1/regions/{id:id}/campaign-waves"): {
        "allow": CRRC_BFC, "json": lambda fx: {"structure_ids": []},
        "path": lambda fx: f"/api/v1/regions/{fx['bfc']}/campaign-waves"},
    ("GET", "/api/v1/regions/{id:id}/campaign-waves/{wave:id}"): {
        "allow": CRRC_BFC, "allow_codes": {404}, "deny_codes": {403},
        "path": lambda fx: f"/api/v1/regions/{fx['bfc']}/campaign-waves/{fx['campaign']}"},
    ("POST", "/api/v1/regions/{id:id}/campaign-waves/{wave:id}/actions"): {
        "allow": CRRC_BFC, "json": lambda fx: {"action": "x"},
        "path": lambda fx: f"/api/v1/regions/{fx['bfc']}/campaign-waves/{fx['campaign']}/actions"},
    # The centre's own templates: its staff edit, for the region.
    ("GET", "/regions/{id:id}/modeles"): {"allow": CRRC_BFC, "path": lambda fx: f"/regions/{fx['bfc']}/modeles"},
    ("POST", "/regions/{id:id}/modeles"): {"allow": CRRC_BFC, "form": lambda fx: {"toml": "faux"}, "token_from": "/",
                                           "path": lambda fx: f"/regions/{fx['bfc']}/modeles"},
    ("GET", "/regions/{id:id}/modeles/{template:token}"): {
        "allow": CRRC_BFC, "allow_codes": {404}, "deny_codes": {403},
        "path": lambda fx: f"/regions/{fx['bfc']}/modeles/inconnu"},
    ("POST", "/regions/{id:id}/modeles/{template:token}"): {
        "allow": CRRC_BFC, "allow_codes": {404}, "deny_codes": {403}, "form": lambda fx: {"toml": "faux"}, "token_from": "/",
        "path": lambda fx: f"/regions/{fx['bfc']}/modeles/inconnu"},
    ("GET", "/api/v1/regions/{id:id}/phishing-templates"): {
        "allow": CRRC_BFC, "path": lambda fx: f"/api/v1/regions/{fx['bfc']}/phishing-templates"},
    ("POST", "/api/v1/regions/{id:id}/phishing-templates"): {
        "allow": CRRC_BFC, "json": lambda fx: {"toml": "faux"},
        "path": lambda fx: f"/api/v1/regions/{fx['bfc']}/phishing-templates"},
    ("PUT", "/api/v1/regions/{id:id}/phishing-templates/{template:token}"): {
        "allow": CRRC_BFC, "json": lambda fx: {"toml": "faux"},
        "path": lambda fx: f"/api/v1/regions/{fx['bfc']}/phishing-templates/inconnu"},
    # The recipient path: public, and an unknown token gives the neutral page.
    ("GET", "/p/formation"): {"public": {200}},
    ("GET", "/p/info/{id:token}"): {"public": {404}, "path": lambda fx: f"/p/info/{fx['campaign']}"},
    ("GET", "/p/{token:token}"): {"public": {404}, "path": lambda fx: f"/p/{UNKNOWN_TOKEN}"},
    ("POST", "/p/{token:token}/connexion"): {"public": {404}, "token_from": "/connexion",
                                             "path": lambda fx: f"/p/{UNKNOWN_TOKEN}/connexion"},
    ("GET", "/p/{token:token}/sensibilisation"): {"public": {404},
                                                  "path": lambda fx: f"/p/{UNKNOWN_TOKEN}/sensibilisation"},
    ("GET", "/p/{token:token}/i.gif"): {"public": {200}, "path": lambda fx: f"/p/{UNKNOWN_TOKEN}/i.gif"},
    ("GET", "/p/{token:token}/signaler"): {"public": {200, 404}, "path": lambda fx: f"/p/{UNKNOWN_TOKEN}/signaler"},
    ("POST", "/p/{token:token}/signaler"): {"public": {404}, "token_from": "/connexion",
                                            "path": lambda fx: f"/p/{UNKNOWN_TOKEN}/signaler"},
    ("GET", "/api/v1/structures/{id:id}/sending-profiles"): {
        "allow": MANAGE_RECIPIENTS, "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/sending-profiles"},
    ("POST", "/api/v1/structures/{id:id}/sending-profiles"): {
        "allow": MANAGE_RECIPIENTS, "json": lambda fx: {"name": ""},
        "path": lambda fx: f"/api/v1/structures/{fx['tilleuls']}/sending-profiles"},
    ("GET", "/api/v1/sending-profiles/{id:id}"): {"allow": MANAGE_RECIPIENTS,
                                                  "path": lambda fx: f"/api/v1/sending-profiles/{fx['profile']}"},
    ("PATCH", "/api/v1/sending-profiles/{id:id}"): {"allow": MANAGE_RECIPIENTS, "json": lambda fx: {"port": 0},
                                                    "path": lambda fx: f"/api/v1/sending-profiles/{fx['profile']}"},
    ("POST", "/api/v1/sending-profiles/{id:id}/test"): {"allow": MANAGE_RECIPIENTS, "json": lambda fx: {"to": "faux"},
                                                       "path": lambda fx: f"/api/v1/sending-profiles/{fx['profile']}/test"},
    ("GET", "/sensibilisation/modeles"): {"allow": VIEW_TEMPLATES},
    ("GET", "/sensibilisation/modeles/{id:token}"): {"allow": VIEW_TEMPLATES,
                                                     "path": lambda fx: "/sensibilisation/modeles/colis-avis-de-passage"},
    ("GET", "/api/v1/diagnostics"): {"allow": VIEW_DASHBOARD},
    ("POST", "/api/v1/diagnostics"): {"allow": RUN_DIAGNOSTIC, "json": lambda fx: {"structure_id": fx["tilleuls"]}},
    ("GET", "/api/v1/diagnostics/{id:id}"): {"allow": VIEW_DIAGNOSTIC,
                                             "path": lambda fx: f"/api/v1/diagnostics/{fx['diagnostic']}"},
    ("PUT", "/api/v1/diagnostics/{id:id}/context"): {"allow": RUN_DIAGNOSTIC, "json": lambda fx: {},
                                                     "path": lambda fx: f"/api/v1/diagnostics/{fx['diagnostic']}/context"},
    ("PUT", "/api/v1/diagnostics/{id:id}/answers/{question:token}"): {
        "allow": RUN_DIAGNOSTIC, "json": lambda fx: {"answer": 9},
        "path": lambda fx: f"/api/v1/diagnostics/{fx['diagnostic']}/answers/bak.offline"},
    ("POST", "/api/v1/diagnostics/{id:id}/lock"): {
        "allow": RUN_DIAGNOSTIC, "disposable_diagnostic": True, "json": lambda fx: {},
        "path": lambda fx: f"/api/v1/diagnostics/{fx['target_diagnostic']}/lock"},
    ("GET", "/api/v1/tokens"): {"allow": EVERYONE},
    ("POST", "/api/v1/tokens"): {"allow": EVERYONE, "json": lambda fx: {}},  # 422: no name
    ("DELETE", "/api/v1/tokens/{id:id}"): {"allow": EVERYONE, "allow_codes": {404},
                                           "path": lambda fx: "/api/v1/tokens/inconnu"},
}

REACHED = {200, 201, 204, 303, 422}


def outcome(status, headers, entry):
    """'allow' when the request reached its handler, 'deny' when refused."""
    # Anonymous visitors of a protected page are sent to sign in, with the page to
    # come back to; signing out also redirects to /connexion, without it.
    if status == 303 and "/connexion?suite=" in headers.get("Location", ""):
        return "deny"
    if status in entry.get("deny_codes", set()):
        return "deny"
    if status in entry.get("allow_codes", set()):
        return "allow"
    if status in (401, 403, 404):
        return "deny"
    if status in REACHED:
        return "allow"
    return f"unexpected status {status}"


def create_disposable_structure(admin, fx):
    finess = harness.finess_with_key("21" + uuid.uuid4().int.__str__()[:6])
    status, _, body = admin.request("POST", "/api/v1/structures", headers={"X-CSRF-Token": fx["admin_csrf"]},
                                    json_body={"name": "Structure jetable", "finess": finess, "category": "ehpad",
                                               "capacity": 10, "staff_count": 5, "workstation_count": 2,
                                               "it_organisation": "none", "department": "21",
                                               "access_mode": "operated", "region_id": fx["bfc"]})
    if status != 201:
        raise RuntimeError(f"could not create a disposable structure: {status} {body}")
    import json
    return json.loads(body)["id"]


def create_diagnostic(admin, fx):
    import json
    status, _, body = admin.request("POST", "/api/v1/diagnostics", headers={"X-CSRF-Token": fx["admin_csrf"]},
                                    json_body={"structure_id": fx["tilleuls"]})
    if status != 201:
        raise RuntimeError(f"could not create a diagnostic: {status} {body}")
    return json.loads(body)["id"]


def call(server, browser, persona, entry, fx, path):
    method = entry["method"]
    if "json" in entry:
        headers = {"X-CSRF-Token": fx["csrf"][persona]} if browser and persona else {}
        return browser.request(method, path, headers=headers, json_body=entry["json"](fx))
    if method in ("POST", "PUT", "PATCH", "DELETE"):
        form = entry["form"](fx) if "form" in entry else {}
        if path.startswith("/api/"):
            headers = {"X-CSRF-Token": fx["csrf"].get(persona, "")}
            return browser.request(method, path, headers=headers)
        form["_csrf"] = fx["csrf"].get(persona) or browser.form_token(entry.get("token_from", "/connexion"))
        return browser.request(method, path, form)
    return browser.request(method, path)


def main():
    binary = sys.argv[1]

    def add_target_user(server):
        server.run_cli("user", "create", "--email", TARGET_EMAIL, "--name", "Compte cible", "--role",
                       "structure_reader", "--structure", TILLEULS_FINESS, "--password-stdin",
                       stdin=harness.PASSWORD + "\n")

    server = harness.Server(binary, before_serve=add_target_user)
    failures = []
    checked = 0
    try:
        routes = [line.split()[:2] for line in
                  subprocess.run([binary, "routes", "--data-dir", server.data_dir], capture_output=True,
                                 text=True, check=True).stdout.splitlines()]
        missing = [f"{m} {p}" for m, p in routes if (m, p) not in TABLE]
        stale = [f"{m} {p}" for (m, p) in TABLE if [m, p] not in routes]
        if missing:
            failures.append("routes without an entry in the authorization matrix: " + ", ".join(missing))
        if stale:
            failures.append("matrix entries for routes that no longer exist: " + ", ".join(stale))

        browsers = {}
        fx = {"csrf": {}}
        for persona, email in PERSONAS.items():
            b = harness.Browser(server)
            status = b.login(email)
            if status not in (200, 303):
                raise RuntimeError(f"{persona} could not sign in: {status}")
            browsers[persona] = b
            fx["csrf"][persona] = b.meta_token("/profil")
        admin = browsers["platform_admin"]
        fx["admin_csrf"] = fx["csrf"]["platform_admin"]
        import json
        structures = json.loads(admin.request("GET", "/api/v1/structures?per_page=200")[2])["items"]
        fx["tilleuls"] = next(s["id"] for s in structures if s["name"] == "EHPAD Les Tilleuls")
        regions = json.loads(admin.request("GET", "/api/v1/regions")[2])["items"]
        fx["bfc"] = next(r["id"] for r in regions if r["code"] == "bfc")
        users = json.loads(admin.request("GET", "/api/v1/users?per_page=200")[2])["items"]
        fx["target_user"] = next(u["id"] for u in users if u["email"] == TARGET_EMAIL)
        fx["diagnostic"] = create_diagnostic(admin, fx)
        plan = json.loads(admin.request("GET", f"/api/v1/structures/{fx['tilleuls']}/action-plan")[2])
        fx["action_item"] = plan["items"][0]["id"]
        headers = {"X-CSRF-Token": fx["admin_csrf"]}
        group = json.loads(admin.request("POST", f"/api/v1/structures/{fx['tilleuls']}/recipient-groups", headers=headers,
                                         json_body={"name": "Matrice"})[2])
        fx["group"] = group["id"]
        person = json.loads(admin.request("POST", f"/api/v1/recipient-groups/{fx['group']}/recipients", headers=headers,
                                          json_body={"email": "matrice@tilleuls.example", "last_name": "Matrice"})[2])
        fx["recipient"] = person["id"]
        profile = json.loads(admin.request("POST", f"/api/v1/structures/{fx['tilleuls']}/sending-profiles", headers=headers,
                                           json_body={"name": "Matrice", "host": "smtp.relais.example",
                                                      "envelope_from": "retours@relais.example"})[2])
        fx["profile"] = profile["id"]
        campaign = json.loads(admin.request("POST", f"/api/v1/structures/{fx['tilleuls']}/campaigns", headers=headers,
                                            json_body={"name": "Matrice", "template_id": "colis-avis-de-passage",
                                                       "sending_profile_id": fx["profile"],
                                                       "group_ids": [fx["group"]]})[2])
        fx["campaign"] = campaign["id"]
        listing = json.loads(admin.request("GET", f"/api/v1/diagnostics?structure={fx['tilleuls']}")[2])
        fx["locked_diagnostic"] = next(d["id"] for d in listing["items"] if d["status"] == "locked")

        ordered = sorted(routes, key=lambda r: TABLE.get(tuple(r), {}).get("fresh", False))
        for method, pattern in ordered:
            entry = TABLE.get((method, pattern))
            if entry is None:
                continue
            entry = dict(entry, method=method)
            for persona in [*PERSONAS, None]:
                fx["target_structure"] = fx["tilleuls"]
                fx["target_diagnostic"] = fx["diagnostic"]
                if entry.get("disposable_diagnostic") and persona in entry.get("allow", set()):
                    fx["target_diagnostic"] = create_diagnostic(admin, fx)
                if entry.get("disposable") and persona in entry.get("allow", set()):
                    fx["target_structure"] = create_disposable_structure(admin, fx)
                path = entry["path"](fx) if "path" in entry else pattern
                if persona is None:
                    browser = harness.Browser(server)
                elif entry.get("fresh"):
                    browser = harness.Browser(server)
                    browser.login(PERSONAS[persona])
                    fx["csrf"][persona + "_fresh"] = browser.meta_token("/profil")
                else:
                    browser = browsers[persona]
                csrf_key = persona + "_fresh" if entry.get("fresh") and persona else persona
                saved = fx["csrf"].get(persona)
                if csrf_key and csrf_key != persona:
                    fx["csrf"][persona] = fx["csrf"][csrf_key]
                status, headers, body = call(server, browser, persona, entry, fx, path)
                if saved is not None:
                    fx["csrf"][persona] = saved
                checked += 1
                who = persona or "anonymous"
                if "public" in entry:
                    if status not in entry["public"]:
                        failures.append(f"{method} {path} as {who}: status {status}, expected {sorted(entry['public'])}")
                    continue
                expected = "allow" if persona in entry["allow"] else "deny"
                got = outcome(status, headers, entry)
                if got != expected:
                    failures.append(f"{method} {path} as {who}: {got} (status {status}), expected {expected}")
    finally:
        code = server.stop()
    for f in failures:
        print("FAIL", f)
    print(f"authorization matrix: {checked} calls over {len(TABLE)} routes and {len(PERSONAS) + 1} personas")
    if code != 0:
        print(f"vigie serve did not stop cleanly (exit {code})")
    sys.exit(1 if failures or code != 0 else 0)


if __name__ == "__main__":
    main()
