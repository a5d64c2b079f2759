-- Residents' questions and problems sent from a public disclosure page reached by its QR code (码上监督).
alter table matter drop constraint matter_channel_check;
alter table matter add constraint matter_channel_check check (channel in ('WEB', 'PATROL', 'HOTLINE', 'WALK_IN', 'API', 'QR_CODE'));
