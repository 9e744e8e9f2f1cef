"""Early warning (issue 8): signals of a rise in inter-ethnic, group, high-risk and recurring disputes.

rule.py states the statistical rule and reads its settings; engine.py counts the cases and
consultations of each place and grades them; poisson.py is the one-sided test; places.py the places
(districts and units) a council or centre sees.
"""
