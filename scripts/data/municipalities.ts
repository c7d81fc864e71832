/**
 * Municipalities used by the sample and the generated data: Statistics Finland code,
 * names in Finnish and Swedish (the Swedish name only where it differs), region code,
 * an approximate centre (WGS84) and the first postal code of the centre.
 */
export interface Municipality {
  code: string;
  fi: string;
  sv: string;
  region: string;
  lat: number;
  lon: number;
  postal: string;
  /** Rough weight for how many providers the generator puts there. */
  weight: number;
}

const m = (code: string, fi: string, sv: string | undefined, region: string, lat: number, lon: number, postal: string, weight: number): Municipality => ({
  code, fi, sv: sv ?? fi, region, lat, lon, postal, weight,
});

export const MUNICIPALITIES: readonly Municipality[] = [
  m('091', 'Helsinki', 'Helsingfors', '01', 60.1699, 24.9384, '00100', 60),
  m('049', 'Espoo', 'Esbo', '01', 60.2055, 24.6559, '02100', 28),
  m('092', 'Vantaa', 'Vanda', '01', 60.2934, 25.0378, '01300', 22),
  m('235', 'Kauniainen', 'Grankulla', '01', 60.21, 24.7288, '02700', 2),
  m('257', 'Kirkkonummi', 'Kyrkslätt', '01', 60.124, 24.4386, '02400', 4),
  m('753', 'Sipoo', 'Sibbo', '01', 60.3771, 25.269, '04130', 3),
  m('858', 'Tuusula', 'Tusby', '01', 60.4034, 25.0289, '04300', 4),
  m('245', 'Kerava', 'Kervo', '01', 60.4036, 25.105, '04200', 4),
  m('186', 'Järvenpää', 'Träskända', '01', 60.4737, 25.0899, '04400', 4),
  m('543', 'Nurmijärvi', undefined, '01', 60.4643, 24.8078, '01900', 4),
  m('106', 'Hyvinkää', 'Hyvinge', '01', 60.6307, 24.8594, '05800', 5),
  m('444', 'Lohja', 'Lojo', '01', 60.2486, 24.0653, '08100', 5),
  m('638', 'Porvoo', 'Borgå', '01', 60.3923, 25.6651, '06100', 5),
  m('434', 'Loviisa', 'Lovisa', '01', 60.4569, 26.2251, '07900', 2),
  m('710', 'Raasepori', 'Raseborg', '01', 59.9748, 23.4339, '10600', 3),
  m('078', 'Hanko', 'Hangö', '01', 59.8235, 22.9686, '10900', 1),
  m('853', 'Turku', 'Åbo', '02', 60.4518, 22.2666, '20100', 20),
  m('202', 'Kaarina', 'S:t Karins', '02', 60.4075, 22.3689, '20780', 4),
  m('680', 'Raisio', 'Reso', '02', 60.4858, 22.1694, '21200', 3),
  m('529', 'Naantali', 'Nådendal', '02', 60.4674, 22.0244, '21100', 2),
  m('445', 'Parainen', 'Pargas', '02', 60.306, 22.3011, '21600', 2),
  m('322', 'Kemiönsaari', 'Kimitoön', '02', 60.164, 22.7308, '25700', 1),
  m('734', 'Salo', undefined, '02', 60.3839, 23.1254, '24100', 5),
  m('895', 'Uusikaupunki', 'Nystad', '02', 60.8004, 21.4085, '23500', 2),
  m('609', 'Pori', 'Björneborg', '04', 61.4851, 21.7974, '28100', 8),
  m('684', 'Rauma', 'Raumo', '04', 61.1273, 21.5113, '26100', 4),
  m('109', 'Hämeenlinna', 'Tavastehus', '05', 60.9959, 24.4643, '13100', 7),
  m('694', 'Riihimäki', undefined, '05', 60.7385, 24.7727, '11100', 3),
  m('061', 'Forssa', undefined, '05', 60.8146, 23.6216, '30100', 2),
  m('837', 'Tampere', 'Tammerfors', '06', 61.4978, 23.761, '33100', 24),
  m('536', 'Nokia', undefined, '06', 61.4776, 23.5104, '37100', 4),
  m('980', 'Ylöjärvi', undefined, '06', 61.5561, 23.5961, '33470', 3),
  m('211', 'Kangasala', undefined, '06', 61.4636, 24.065, '36200', 3),
  m('398', 'Lahti', 'Lahtis', '07', 60.9827, 25.6612, '15100', 12),
  m('285', 'Kotka', undefined, '08', 60.4664, 26.9458, '48100', 5),
  m('286', 'Kouvola', undefined, '08', 60.8679, 26.7042, '45100', 6),
  m('405', 'Lappeenranta', 'Villmanstrand', '09', 61.0587, 28.1887, '53100', 7),
  m('153', 'Imatra', undefined, '09', 61.1719, 28.7514, '55100', 3),
  m('491', 'Mikkeli', 'S:t Michel', '10', 61.6886, 27.2723, '50100', 5),
  m('740', 'Savonlinna', 'Nyslott', '10', 61.8689, 28.8787, '57100', 3),
  m('297', 'Kuopio', undefined, '11', 62.8924, 27.677, '70100', 12),
  m('140', 'Iisalmi', 'Idensalmi', '11', 63.5592, 27.1908, '74100', 2),
  m('915', 'Varkaus', undefined, '11', 62.3153, 27.8731, '78200', 2),
  m('167', 'Joensuu', undefined, '12', 62.601, 29.7636, '80100', 8),
  m('179', 'Jyväskylä', undefined, '13', 62.2426, 25.7473, '40100', 15),
  m('743', 'Seinäjoki', undefined, '14', 62.7903, 22.8403, '60100', 6),
  m('905', 'Vaasa', 'Vasa', '15', 63.0951, 21.6165, '65100', 7),
  m('499', 'Mustasaari', 'Korsholm', '15', 63.0922, 21.7208, '65610', 2),
  m('598', 'Pietarsaari', 'Jakobstad', '15', 63.6739, 22.7027, '68600', 2),
  m('545', 'Närpiö', 'Närpes', '15', 62.4736, 21.3378, '64200', 1),
  m('287', 'Kristiinankaupunki', 'Kristinestad', '15', 62.2744, 21.3764, '64100', 1),
  m('231', 'Kaskinen', 'Kaskö', '15', 62.3844, 21.2223, '64260', 1),
  m('272', 'Kokkola', 'Karleby', '16', 63.8385, 23.1307, '67100', 5),
  m('564', 'Oulu', 'Uleåborg', '17', 65.0121, 25.4651, '90100', 20),
  m('678', 'Raahe', 'Brahestad', '17', 64.6843, 24.4791, '92100', 2),
  m('305', 'Kuusamo', undefined, '17', 65.964, 29.1885, '93600', 2),
  m('205', 'Kajaani', 'Kajana', '18', 64.2245, 27.7334, '87100', 4),
  m('698', 'Rovaniemi', undefined, '19', 66.5039, 25.7294, '96100', 6),
  m('240', 'Kemi', undefined, '19', 65.7364, 24.5637, '94100', 2),
  m('851', 'Tornio', 'Torneå', '19', 65.8481, 24.1466, '95400', 2),
  m('758', 'Sodankylä', undefined, '19', 67.4163, 26.5894, '99600', 1),
  m('047', 'Enontekiö', 'Enontekis', '19', 68.3847, 23.6372, '99400', 1),
  m('148', 'Inari', 'Enare', '19', 68.6573, 27.5396, '99800', 1),
  m('890', 'Utsjoki', undefined, '19', 69.9078, 27.0289, '99980', 1),
  m('478', 'Maarianhamina', 'Mariehamn', '21', 60.0973, 19.9348, '22100', 2),
];
