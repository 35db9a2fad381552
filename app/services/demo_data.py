"""Word lists for the synthetic demo caseload. Invented people only."""

from __future__ import annotations

NAMES = [
    ("Amara", "Okafor", "en"),
    ("Luis", "Hernández", "es"),
    ("Mei", "Chen", "zh"),
    ("Fatima", "Haddad", "ar"),
    ("Dmitri", "Volkov", "ru"),
    ("Grace", "Whitfield", "en"),
    ("Nguyen", "Thi Lan", "vi"),
    ("Sofia", "Rossi", "it"),
    ("Kwame", "Mensah", "en"),
    ("Aisha", "Rahman", "bn"),
    ("Jorge", "Castillo", "es"),
    ("Hannah", "Novak", "en"),
    ("Tomasz", "Kowalski", "pl"),
    ("Leilani", "Kahale", "en"),
    ("Ravi", "Shankar", "hi"),
    ("Marisol", "Ortega", "es"),
    ("Yusuf", "Demir", "tr"),
    ("Emily", "Carter", "en"),
    ("Olena", "Shevchenko", "uk"),
    ("Samuel", "Adeyemi", "en"),
    ("Ana", "Pereira", "pt"),
    ("Hiroshi", "Tanaka", "ja"),
    ("Bethany", "Moore", "en"),
    ("Khalid", "Nasser", "ar"),
    ("Isabel", "Fuentes", "es"),
    ("Tariq", "Hussain", "ur"),
    ("Margaret", "O'Neill", "en"),
    ("Ji-woo", "Park", "ko"),
    ("Abdi", "Warsame", "so"),
    ("Rosa", "Delgado", "es"),
    ("Daniel", "Fischer", "de"),
    ("Precious", "Dlamini", "en"),
    ("Omar", "Farouk", "ar"),
    ("Linh", "Pham", "vi"),
    ("Charlotte", "Dubois", "fr"),
    ("Ethan", "Brooks", "en"),
    ("Zainab", "Bello", "en"),
    ("Mateo", "Silva", "pt"),
    ("Ingrid", "Larsen", "en"),
    ("Esperanza", "Morales", "es"),
    ("Winston", "Clarke", "en"),
    ("Priya", "Nair", "en"),
]
PREFERRED = {
    "Margaret": "Peggy",
    "Samuel": "Sam",
    "Dmitri": "Dima",
    "Isabel": "Isa",
    "Daniel": "Dan",
    "Charlotte": "Charlie",
    "Hiroshi": "Hiro",
    "Bethany": "Beth",
    "Esperanza": "Espe",
    "Winston": "Win",
    "Olena": "Lena",
    "Tomasz": "Tom",
}
PRONOUNS = ["she/her", "he/him", "they/them", None, "she/her", "he/him"]
STREETS = ["Maple Ave", "Harbor St", "Elm Court", "Riverside Dr", "Oak Lane", "Kingsway"]
SAFETY_FLAGS = [
    "Dog on premises",
    "Visit in pairs",
    "Do not disclose address",
    "Protective order in place",
    "Oxygen in use: no smoking",
    "Do not visit after dark",
]
SAFE_TIMES = [None, "Weekdays 9-12", "After 3 pm only", "Mornings; not when partner is home"]
CONTACT_RULES = [
    None,
    "Text first, no voicemail",
    "Use mobile only",
    "Call via daughter (consent on file)",
    "Do not leave messages",
]
CULTURAL = [
    None,
    "Observes Ramadan: schedule visits accordingly",
    "Prefers female worker",
    "Family decisions made jointly with elders",
    "Remove shoes at entry",
]
PROGRAMS = [
    "Housing stability",
    "Family support",
    "Adult care coordination",
    "Employment pathways",
    "Youth transition",
    "Reentry support",
]
TASKS = [
    "Call landlord about repairs",
    "Submit benefits renewal",
    "Book GP appointment",
    "Follow up on food bank referral",
    "Collect proof of income",
    "Review safety plan",
    "Arrange interpreter for next visit",
    "Send job fair details",
    "Check school enrolment",
]
VISIT_PURPOSES = [
    "Monthly review",
    "Safety check",
    "Complete assessment",
    "Plan review",
    "Paperwork for benefits",
    None,
]
HOUSEHOLD = [
    ("Jordan", "Son"),
    ("Maya", "Daughter"),
    ("Chris", "Partner"),
    ("Ruth", "Mother"),
    ("Sam", "Sibling"),
    ("Alex", "Grandchild"),
]
COLLATERALS = [
    ("Dr. Patel", "Eastside Clinic", "GP"),
    ("Ms. Owens", "Lincoln Elementary", "Teacher"),
    ("R. Byrne", "City Housing Authority", "Housing officer"),
    ("T. Alvarez", "WorkStart", "Employment adviser"),
]
NOTE_TEMPLATES = [
    (
        "dap",
        {
            "data": "Met client at home. Discussed rent arrears and repair requests.",
            "assessment": "Client engaged and motivated; stress about housing remains high.",
            "plan": "Call landlord this week; review budget at next visit.",
        },
    ),
    (
        "soap",
        {
            "subjective": "Client reports sleeping better since new medication.",
            "objective": "Home tidy; client on time for appointment.",
            "assessment": "Progress on wellbeing goal.",
            "plan": "Continue weekly check-ins; confirm GP follow-up.",
        },
    ),
    (
        "birp",
        {
            "behavior": "Client arrived calm, brought requested documents.",
            "intervention": "Completed benefits renewal form together.",
            "response": "Client relieved; asked good questions about timelines.",
            "plan": "Track application; follow up in two weeks.",
        },
    ),
    ("free", {"text": "Phone check-in. Client confirmed attendance at job fair on Thursday."}),
]
