"""Cookie-consent dialogs and banners, found and removed from a parsed page."""
from __future__ import annotations

from lxml import etree


# Containers of consent managers (OneTrust, Didomi, Cookiebot, Usercentrics, Quantcast, Sourcepoint,
# TrustArc, Axeptio, tarteaucitron, Complianz, iubenda, Borlabs, CookieYes, GDPR Cookie Compliance,
# Osano's cookieconsent, Google Funding Choices). Their dialogs hold hundreds of words of legal text
# that no page is about: counted as page text, they made a 10-post thread look like 5% of its page.
_CONSENT_IDS = ("onetrust-consent-sdk", "onetrust-banner-sdk", "onetrust-pc-sdk", "didomi-host", "didomi-popup",
                "CybotCookiebotDialog", "usercentrics-root", "qc-cmp2-container", "truste-consent-track",
                "truste-consent-content", "consent_blackbar", "axeptio_overlay", "axeptio_main_button",
                "tarteaucitronRoot", "tarteaucitronAlertBig", "cmplz-cookiebanner-container", "iubenda-cs-banner",
                "BorlabsCookie", "moove_gdpr_cookie_modal", "moove_gdpr_cookie_info_bar", "cookie-law-info-bar",
                "cliSettingsPopup", "gdpr-cookie-consent-bar", "cookiescript_injected")
# Consent managers known by a class only (the others' containers have one of the ids above).
_CONSENT_CLASSES = ("cky-consent-container", "cky-modal", "cc-window", "fc-consent-root")
# Elements with an id, or a class holding one of those names: one cheap pass (a test of every id
# in XPath cost ~7 ms a page); exact id and class tokens are checked in Python.
_CONSENT_XPATH = etree.XPath("//*[@id or " + " or ".join(f"contains(@class, '{c}')" for c in
                                                         ("cky-", "cc-window", "fc-consent-root")) + "]")
_CONSENT_ID_SET = frozenset(_CONSENT_IDS)
_CONSENT_CLASS_SET = frozenset(_CONSENT_CLASSES)


def _is_consent(node) -> bool:
    ident = node.get("id") or ""
    if ident in _CONSENT_ID_SET or ident.startswith("sp_message_container"):
        return True
    return not _CONSENT_CLASS_SET.isdisjoint((node.get("class") or "").split())


def drop_consent_dialogs(tree) -> int:
    """Remove cookie-consent dialogs and banners from a parsed page (their text is never the page's);
    how many containers were removed."""
    found = [n for n in _CONSENT_XPATH(tree) if n.tag not in ("html", "body") and _is_consent(n)]
    found = [n for n in found if not any(a in found for a in n.iterancestors())]
    for node in found:
        node.drop_tree()  # lxml.html: the text that followed the dialog stays in place
    return len(found)
